import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from './preloadable';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>Loading…</p>}>{node}</Suspense>;

describe('preloadable', () => {
  it('renders at once, with no fallback, once its code has been preloaded', async () => {
    const greeting = preloadable(() => Promise.resolve(Greeting));
    await greeting.preload();

    render(inSuspense(<greeting.Component name="Ann" />));

    expect(screen.getByText('Hello Ann')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('suspends until its code arrives when it was not preloaded', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const greeting = preloadable(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));

    render(inSuspense(<greeting.Component name="Ann" />));
    expect(screen.getByText('Loading…')).toBeInTheDocument();

    await act(async () => arrive(Greeting));
    expect(await screen.findByText('Hello Ann')).toBeInTheDocument();
  });

  it('fetches its code once, however often it is preloaded', async () => {
    let fetches = 0;
    const greeting = preloadable(() => {
      fetches++;
      return Promise.resolve(Greeting);
    });
    await Promise.all([greeting.preload(), greeting.preload()]);
    await greeting.preload();
    expect(fetches).toBe(1);
  });

  it('tries again after a failed fetch', async () => {
    let fetches = 0;
    const greeting = preloadable(() =>
      ++fetches === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting),
    );
    await expect(greeting.preload()).rejects.toThrow('offline');
    await expect(greeting.preload()).resolves.toBe(Greeting);
    expect(fetches).toBe(2);
  });
});
