/**
 * The only module that touches the `Office` global: it loads office.js and tells which face the app shows.
 * Components never see `Office`; they get the host as a plain value.
 */
export type Host = 'outlook' | 'excel' | 'web';

/** office.js from Microsoft's CDN in production builds, the local npm copy in dev and tests (see the .env files). */
export const OFFICE_JS_URL: string = import.meta.env.VITE_OFFICE_JS_URL;

/** How long a plain browser waits for office.js before the app starts as the web face. */
const LOAD_TIMEOUT_MS = 5000;

export function hostFromOffice(info: { host?: Office.HostType | string | null } | null | undefined): Host {
  const host = info?.host ? String(info.host) : '';
  if (host === 'Outlook') return 'outlook';
  if (host === 'Excel') return 'excel';
  return 'web';
}

/**
 * Whether the page may have been opened by Office: the signs office.js itself reads (the `_host_Info` parameter, the
 * desktop hosts' `window.external.GetHostInfo`, `window.name`, the session's `hostInfoValue`), our manifests' `host=`
 * parameter and the sign-in dialog, or a frame (Office on the web). Without any of them this is a plain browser, which
 * must not wait for Microsoft's CDN.
 */
export function officeMayBeHost(win: Window = window): boolean {
  if (/[?&#](host|_host_Info)=[^&#]*(outlook|excel)/i.test(win.location.href)) return true;
  if (/[?&]dialog=signin\b/.test(win.location.search)) return true;
  const external = (win as { external?: { GetHostInfo?: unknown } }).external;
  if (typeof external?.GetHostInfo === 'function' || 'agaveHost' in win) return true;
  if (win.name.includes('hostInfo')) return true;
  try {
    if (win.sessionStorage.getItem('hostInfoValue')) return true;
    return win.top !== win;
  } catch {
    return true; // a cross-origin parent or blocked storage: only Office frames us
  }
}

/** Resolves once Office is ready (inside Outlook or Excel), and at once in a plain browser. */
export async function detectHost(options: { url?: string; timeoutMs?: number; win?: Window } = {}): Promise<Host> {
  if (typeof Office === 'undefined' && !officeMayBeHost(options.win ?? window)) return 'web';
  const loaded = await loadOfficeJs(options.url ?? OFFICE_JS_URL, options.timeoutMs ?? LOAD_TIMEOUT_MS);
  if (!loaded || typeof Office === 'undefined' || typeof Office.onReady !== 'function') return 'web';
  try {
    const info = await withTimeout(Office.onReady(), options.timeoutMs ?? LOAD_TIMEOUT_MS);
    return hostFromOffice(info);
  } catch {
    return 'web';
  }
}

/**
 * Adds office.js as a script tag. In some hosts office.js removes `history.pushState`/`replaceState`; they are put
 * back afterwards, since the app's router needs them.
 */
export function loadOfficeJs(url: string, timeoutMs: number): Promise<boolean> {
  if (typeof Office !== 'undefined') return Promise.resolve(true);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back on window.history, so `this` is history again
  const { pushState, replaceState } = window.history;
  return new Promise<boolean>((resolve) => {
    const script = document.createElement('script');
    const timer = window.setTimeout(() => resolve(false), timeoutMs);
    const done = (ok: boolean) => {
      window.clearTimeout(timer);
      if (!window.history.pushState) window.history.pushState = pushState;
      if (!window.history.replaceState) window.history.replaceState = replaceState;
      resolve(ok);
    };
    script.src = url;
    script.async = true;
    script.onload = () => done(true);
    script.onerror = () => done(false);
    document.head.appendChild(script);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error('Office did not answer')), ms);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        window.clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
