import { FluentProvider, makeStyles, Spinner, tokens, webLightTheme } from '@fluentui/react-components';
import { Suspense, useEffect, useMemo } from 'react';
import { ApiClient, ApiProvider, type Api } from './api';
import type { Host } from './office';
import { officeSignIn, type OfficeSignIn } from './features/pane/officeSignIn';
import { PaneAuthGate } from './features/pane/PaneAuthGate';
import { preloadable } from './ui/preloadable';

// Each host downloads only its own pane, and starts to while the user signs in.
const outlookPane = preloadable(() => import('./features/outlook/OutlookPane').then((m) => m.OutlookPane));
const excelPane = preloadable(() => import('./features/excel/ExcelPane').then((m) => m.ExcelPane));
const prefetchOutlook = (api: Api) => void import('./features/outlook/peopleLookup').then((m) => m.prefetchPeople(api));

/**
 * The pane's client sends Bearer tokens and no cookies: Office may share cookies between panes and dialogs, and the
 * pane's sign-in must stand on its own.
 */
export function paneClient(): ApiClient {
  return new ApiClient({ fetch: (input, init) => globalThis.fetch(input, { ...init, credentials: 'omit' }) });
}

const useStyles = makeStyles({
  /** The whole pane, as Outlook and Excel draw theirs: a light grey ground under white cards. */
  pane: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
});

export interface PaneAppProps {
  host: Exclude<Host, 'web'>;
  client?: ApiClient;
  signIn?: OfficeSignIn;
}

/** The Outlook or the Excel face: the pane's own sign-in, then that host's pane. */
export function PaneApp({ host, client, signIn = officeSignIn }: PaneAppProps) {
  const styles = useStyles();
  const api = useMemo(() => client ?? paneClient(), [client]);
  useEffect(() => {
    (host === 'outlook' ? outlookPane : excelPane).preload().catch(() => undefined); // the render tries again
  }, [host]);
  return (
    <FluentProvider theme={webLightTheme} data-host={host}>
      {/* The grey ground is a div of its own: Fluent gives its popup layer the provider's classes, and a full-height
          grey layer over the pane would hide it whenever a list or popover opens. */}
      <div className={styles.pane}>
        <ApiProvider client={api}>
          <PaneAuthGate signIn={signIn} onTokens={host === 'outlook' ? prefetchOutlook : undefined}>
            <Suspense fallback={<Spinner label="Loading…" />}>
              {host === 'outlook' ? <outlookPane.Component /> : <excelPane.Component />}
            </Suspense>
          </PaneAuthGate>
        </ApiProvider>
      </div>
    </FluentProvider>
  );
}
