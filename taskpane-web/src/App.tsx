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
 * The host decides the face. Outside Office (and until the Outlook and Excel faces arrive) it is the full web app.
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
