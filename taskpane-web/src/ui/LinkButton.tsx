import { Button, type ButtonProps } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../lib/router';

export interface LinkButtonProps {
  to: string;
  children: ReactNode;
  appearance?: ButtonProps['appearance'];
  icon?: ButtonProps['icon'];
}

/** A link that looks like a button and navigates inside the app. */
export function LinkButton({ to, children, appearance, icon }: LinkButtonProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Button as="a" href={to} appearance={appearance} icon={icon} onClick={onClick}>
      {children}
    </Button>
  );
}
