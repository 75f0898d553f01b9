import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { detectHost, hostFromOffice, loadOfficeJs, officeMayBeHost } from './host';

const globals = globalThis as { Office?: unknown };

/** Installs a mocked Office whose onReady answers with `host`. */
function installOffice(host: string) {
  globals.Office = new OfficeMockObject({ host, onReady: async () => ({ host, platform: 'PC' }) });
}

afterEach(() => {
  delete globals.Office;
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  document.head.querySelectorAll('script').forEach((script) => script.remove());
});

describe('host detection', () => {
  it('maps Office hosts to faces', () => {
    expect(hostFromOffice({ host: 'Outlook' })).toBe('outlook');
    expect(hostFromOffice({ host: 'Excel' })).toBe('excel');
    expect(hostFromOffice({ host: 'Word' })).toBe('web');
    expect(hostFromOffice({ host: null })).toBe('web');
    expect(hostFromOffice(null)).toBe('web');
  });

  it('is outlook when Office.onReady says Outlook', async () => {
    installOffice('Outlook');
    await expect(detectHost()).resolves.toBe('outlook');
  });

  it('is excel when Office.onReady says Excel', async () => {
    installOffice('Excel');
    await expect(detectHost()).resolves.toBe('excel');
  });

  it('is web in a plain browser, where onReady has no host', async () => {
    // What the real office.js does outside Office (office-addin-mock cannot hold a null host).
    globals.Office = { onReady: async () => ({ host: null, platform: null }) };
    await expect(detectHost()).resolves.toBe('web');
  });

  it('is web at once in a plain browser, without loading office.js from the CDN', async () => {
    window.history.replaceState(null, '', '/dashboard');
    await expect(detectHost({ url: '/office-js/missing.js', timeoutMs: 60_000 })).resolves.toBe('web');
    expect(document.head.querySelector('script')).toBeNull();
  });

  it('sees the signs Office leaves on a page it opens', () => {
    expect(officeMayBeHost()).toBe(false);
    window.history.replaceState(null, '', '/?host=outlook');
    expect(officeMayBeHost()).toBe(true);
    window.history.replaceState(null, '', '/contacts?_host_Info=Excel$Win32$16.02$en-US$$$$0');
    expect(officeMayBeHost()).toBe(true);
    window.history.replaceState(null, '', '/?dialog=signin');
    expect(officeMayBeHost()).toBe(true);
    window.history.replaceState(null, '', '/contacts');
    window.sessionStorage.setItem('hostInfoValue', 'Outlook$Win32$16.02$en-US$$$$0');
    expect(officeMayBeHost()).toBe(true);
  });

  it('is web when office.js cannot be loaded inside a pane', async () => {
    window.history.replaceState(null, '', '/?host=outlook');
    const detecting = detectHost({ url: '/office-js/missing.js', timeoutMs: 1000 });
    const script = document.head.querySelector('script');
    expect(script?.getAttribute('src')).toBe('/office-js/missing.js');
    script?.dispatchEvent(new Event('error'));
    await expect(detecting).resolves.toBe('web');
  });

  it('loads office.js from the configured local copy in tests', async () => {
    const loading = loadOfficeJs(import.meta.env.VITE_OFFICE_JS_URL, 1000);
    const script = document.head.querySelector('script');
    expect(script?.getAttribute('src')).toBe('/office-js/office.js');
    script?.dispatchEvent(new Event('load'));
    await expect(loading).resolves.toBe(true);
  });

  it('puts back the history methods office.js removes', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- compared by identity only, never called
    const push = window.history.pushState;
    const loading = loadOfficeJs('/office-js/office.js', 1000);
    (window.history as { pushState: unknown }).pushState = null;
    document.head.querySelector('script')?.dispatchEvent(new Event('load'));
    await loading;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- compared by identity only, never called
    expect(window.history.pushState).toBe(push);
  });
});
