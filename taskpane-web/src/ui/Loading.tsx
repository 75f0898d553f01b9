import { Spinner } from '@fluentui/react-components';
import { Suspense, type ReactNode } from 'react';

/** A page loaded on first visit, with a spinner until its code has come. */
export function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spinner label="Loading…" />}>{children}</Suspense>;
}
