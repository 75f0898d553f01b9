import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo } from 'react';
import { ApiClient, ApiProvider } from '../../api';
import { DialogSignIn } from './DialogSignIn';
import { paneClient } from './paneClient';

/** The sign-in dialog a pane opens (`/?dialog=signin`); a module of its own, so that the pane never loads it. */
export function DialogApp({ client }: { client?: ApiClient }) {
  const api = useMemo(() => client ?? paneClient(), [client]);
  return (
    <FluentProvider theme={webLightTheme}>
      <ApiProvider client={api}>
        <DialogSignIn />
      </ApiProvider>
    </FluentProvider>
  );
}
