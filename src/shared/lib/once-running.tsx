import { Suspense, type ReactNode } from 'react';
import { useHydrated } from './use-stored-choice.ts';

/**
 * `children` once the app runs in the browser, for extras that could do nothing without it and
 * whose code loads on demand. Until then `fallback` stands in their place: on the server and
 * while the client hydrates (so the prerendered page and the first client render agree), and
 * while their code arrives.
 */
export function OnceRunning({
  fallback = null,
  children,
}: {
  fallback?: ReactNode;
  children: ReactNode;
}) {
  return useHydrated() ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
