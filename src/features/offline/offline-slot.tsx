import { optionalLazy } from '../../shared/lib/optional-lazy.tsx';
import { OnceRunning } from '../../shared/lib/once-running.tsx';

const OfflineStatus = optionalLazy(() =>
  import('./offline-status.tsx').then((module) => module.OfflineStatus),
);

/**
 * The connection and version notices, once the app runs: a prerendered page has nothing to
 * say about either, so their code loads after the page and costs the first load nothing.
 */
export function OfflineSlot() {
  return (
    <OnceRunning>
      <OfflineStatus />
    </OnceRunning>
  );
}
