import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Button } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { describeError } from '../api';

export interface ErrorBarProps {
  error: unknown;
  title?: string;
  onDismiss?: () => void;
  actions?: ReactNode;
}

/** A failure in plain words. Renders nothing without an error. */
export function ErrorBar({ error, title, onDismiss, actions }: ErrorBarProps) {
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {describeError(error)}
      </MessageBarBody>
      {(actions || onDismiss) && (
        <MessageBarActions
          containerAction={
            onDismiss && (
              <Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={onDismiss} />
            )
          }
        >
          {actions}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
