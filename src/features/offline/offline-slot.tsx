import { Suspense } from 'react';
import { optionalLazy } from '../../shared/lib/optional-lazy.tsx';
import { useHydrated } from '../../shared/lib/use-stored-choice.ts';

const OfflineStatus = optionalLazy(() =>
  import('./offline-status.tsx').then((module) => module.OfflineStatus),
);

/**
 * The connection and version notices, once the app runs: a prerendered page has nothing to
 * say about either, so their code loads after the page and costs the first load nothing.
 */
export function OfflineSlot() {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <OfflineStatus />
    </Suspense>
  ) : null;
}
