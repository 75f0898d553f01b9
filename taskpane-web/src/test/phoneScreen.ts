/**
 * Runs `check` on a phone-sized screen: every `max-width` media query matches while it runs, and the browser's
 * matchMedia is put back after, even when the check fails.
 */
export async function onPhoneScreen(check: () => Promise<void>): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back on window, where `this` is window again
  const restore = window.matchMedia;
  window.matchMedia = ((query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
  try {
    await check();
  } finally {
    window.matchMedia = restore;
  }
}
