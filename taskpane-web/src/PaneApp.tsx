import { FluentProvider, makeStyles, Spinner, tokens, webLightTheme } from '@fluentui/react-components';
import { Suspense, useEffect, useMemo } from 'react';
import { ApiProvider, type Api, type ApiClient } from './api';
import type { Host } from './office';
import { officeSignIn, type OfficeSignIn } from './features/pane/officeSignIn';
import { PaneAuthGate } from './features/pane/PaneAuthGate';
import type { PaneOpening } from './features/pane/usePaneAuth';
import type { Tracked } from './lib/tracked';
import { paneClient } from './features/pane/paneClient';
import { preloadable } from './ui/preloadable';

// Each host downloads only its own pane, and starts to while the user signs in.
const outlookPane = preloadable(() => import('./features/outlook/OutlookPane').then((m) => m.OutlookPane));
const excelPane = preloadable(() => import('./features/excel/ExcelPane').then((m) => m.ExcelPane));
/**
 * Fetches the host's pane code ahead of the first render, which then draws it at once: a pane that suspends shows its
 * fallback for at least 300 ms (React's rule), however soon the code arrives.
 */
export function loadPane(host: Exclude<Host, 'web'>): Promise<void> {
  return (host === 'outlook' ? outlookPane : excelPane).preload().then(() => undefined);
}

const prefetchOutlook = (api: Api) => void import('./features/outlook/peopleLookup').then((m) => m.prefetchPeople(api));

const useStyles = makeStyles({
  /** The whole pane, as Outlook and Excel draw theirs: a light grey ground under white cards. */
  pane: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
});

export interface PaneAppProps {
  host: Exclude<Host, 'web'>;
  client?: ApiClient;
  signIn?: OfficeSignIn;
  /** The requests `startPane` sent with `client` before this first render. */
  opening?: Tracked<PaneOpening>;
}

/** The Outlook or the Excel face: the pane's own sign-in, then that host's pane. */
export function PaneApp({ host, client, signIn = officeSignIn, opening }: PaneAppProps) {
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
          <PaneAuthGate signIn={signIn} onTokens={host === 'outlook' ? prefetchOutlook : undefined} opening={opening}>
            <Suspense fallback={<Spinner label="Loading…" />}>
              {host === 'outlook' ? <outlookPane.Component /> : <excelPane.Component />}
            </Suspense>
          </PaneAuthGate>
        </ApiProvider>
      </div>
    </FluentProvider>
  );
}
