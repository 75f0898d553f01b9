import { Avatar, Button } from '@fluentui/react-components';
import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { useSession } from '../../lib/SessionContext';

/** The pane's account button: a person icon, named "Account: <full name>". */
export const PaneAccountButton = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>(
  function PaneAccountButton(props, ref) {
    const { me } = useSession();
    return (
      <Button
        ref={ref}
        appearance="transparent"
        aria-label={`Account: ${me.user.fullName}`}
        icon={<Avatar size={24} color="brand" aria-hidden />}
        {...props}
      />
    );
  },
);
