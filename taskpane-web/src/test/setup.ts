import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Fluent's dialogs and pickers render after a few animation frames; on a loaded 2-core machine the default 1 s for
// findBy* queries was not always enough.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  document.cookie.split(';').forEach((cookie) => {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });
});

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to choose its layout.
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {
      // Nothing changes size in jsdom, so there is never anything to report.
    }
    unobserve(): void {
      // As observe.
    }
    disconnect(): void {
      // As observe.
    }
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}
