import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ApiProvider, type ApiClient } from './api';
import { AuthGate } from './features/auth/AuthGate';
import type { MicrosoftSignIn } from './features/auth/microsoft';
import { Shell } from './features/shell/Shell';
import type { Host } from './office';

export interface AppProps {
  client: ApiClient;
  host: Host;
  microsoft?: MicrosoftSignIn;
}

/**
 * The browser face: the full CRM. (The Outlook and Excel panes are `PaneApp`; `main.tsx` picks the face.)
 */
export function App({ client, host, microsoft }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} data-host={host}>
      <ApiProvider client={client}>
        <AuthGate microsoft={microsoft}>
          <Shell />
        </AuthGate>
      </ApiProvider>
    </FluentProvider>
  );
}
