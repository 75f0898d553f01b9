import { useEffect, useState, useSyncExternalStore } from 'react';

/** `value`, once it has stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** True while the media query matches (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}

/** Narrow screens (phones, a task pane): tables collapse to lists. */
export function useNarrow(): boolean {
  return useMediaQuery('(max-width: 640px)');
}

/**
 * False at first, true once the browser is idle at least `delayMs` after the component was drawn: code that the first
 * screen does not need (popovers, menus) loads then, after the screen, not before it.
 */
export function useIdleAfterDraw(delayMs = 0): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let idleHandle: number | undefined;
    const whenIdle = () => {
      if (typeof window.requestIdleCallback === 'function')
        idleHandle = window.requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      else setIdle(true);
    };
    const timer = window.setTimeout(whenIdle, delayMs);
    return () => {
      window.clearTimeout(timer);
      if (idleHandle !== undefined) window.cancelIdleCallback(idleHandle);
    };
  }, [delayMs]);
  return idle;
}
