import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectHost } from './office';
import './index.css';

const root = createRoot(document.getElementById('root')!);
const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

/**
 * The face decides what is loaded: the Office panes never download the browser CRM's sections, and the browser never
 * downloads the panes. `/?dialog=signin` is the sign-in page a pane opens in an Office dialog.
 */
void detectHost().then(async (host) => {
  if (new URLSearchParams(window.location.search).get('dialog') === 'signin') {
    const { DialogApp } = await import('./features/pane/PaneApp');
    render(<DialogApp />);
  } else if (host === 'web') {
    const [{ App }, { ApiClient }] = await Promise.all([import('./App'), import('./api')]);
    render(<App client={new ApiClient()} host={host} />);
  } else {
    const { PaneApp } = await import('./features/pane/PaneApp');
    render(<PaneApp host={host} />);
  }
});
