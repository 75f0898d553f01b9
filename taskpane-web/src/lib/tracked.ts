/**
 * A promise whose value can be read synchronously once it has arrived. A pane's first render uses it to show what was
 * fetched before React started, instead of drawing a spinner and waiting for one more turn of the event loop.
 */
export interface Tracked<T> {
  readonly promise: Promise<T>;
  /** The value once the promise has resolved; undefined while it is pending or when it failed. */
  settled(): { value: T } | undefined;
}

export function tracked<T>(promise: Promise<T>): Tracked<T> {
  let outcome: { value: T } | undefined;
  promise.then(
    (value) => {
      outcome = { value };
    },
    () => undefined, // whoever awaits `promise` sees the failure
  );
  return { promise, settled: () => outcome };
}
