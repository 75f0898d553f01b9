import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectHost } from './office';
import './index.css';

const root = createRoot(document.getElementById('root')!);
const hostReady = detectHost();

/**
 * The manifests open the panes at `/?host=outlook` and `/?host=excel` (and Office adds `_host_Info=Outlook$…`): then
 * the pane's first requests go out and its code is fetched while office.js is still loading. Office.onReady still
 * decides the face. The small module that sends the requests is asked for first, so that it runs before the rest.
 */
const paneHint = /[?&#](host|_host_Info)=(outlook|excel)\b/i.test(window.location.href);
const paneStarted = paneHint ? import('./paneStart').then((m) => m.startPane(hostReady)) : null;
const paneModule = paneHint ? import('./PaneApp') : null;
// The Outlook pane's code is needed for the sender card: it is fetched beside the pane's sign-in, not after it.
if (/[?&#](host|_host_Info)=outlook\b/i.test(window.location.href)) void import('./features/outlook/OutlookPane');
const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

/**
 * The face decides what is loaded: the Office panes never download the browser CRM's sections, and the browser never
 * downloads the panes. `/?dialog=signin` is the sign-in page a pane opens in an Office dialog.
 */
void hostReady.then(async (host) => {
  if (new URLSearchParams(window.location.search).get('dialog') === 'signin') {
    const { DialogApp } = await import('./features/pane/DialogApp');
    render(<DialogApp />);
  } else if (host === 'web') {
    const [{ App }, { ApiClient }] = await Promise.all([import('./App'), import('./api')]);
    render(<App client={new ApiClient()} host={host} />);
  } else {
    const [{ client, opening }, { PaneApp }] = await Promise.all([
      paneStarted ?? import('./paneStart').then((m) => m.startPane(hostReady)),
      (paneModule ?? import('./PaneApp')).then(async (pane) => {
        await pane.loadPane(host).catch(() => undefined); // the pane's render tries again
        return pane;
      }),
    ]);
    render(<PaneApp host={host} client={client} opening={opening} />);
  }
});
