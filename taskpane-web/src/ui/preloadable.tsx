import { lazy, type ComponentType } from 'react';

/**
 * A component whose code is split off, and can be fetched ahead of its first render with `preload()`. Once the code is
 * there the component renders at once, without suspending: React keeps a Suspense fallback on screen for at least
 * 300 ms once it has shown one, so suspending on code that has already arrived costs a pane that much for nothing.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed fetch (offline, a new deployment) can be tried again
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloaded(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return { Component: Preloaded, preload };
}
