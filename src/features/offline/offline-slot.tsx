import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { optionalLazy } from '../../shared/lib/optional-lazy.tsx';
import { OnceRunning } from '../../shared/lib/once-running.tsx';
import { manifestPath } from '../../shared/lib/paths.ts';

const OfflineStatus = optionalLazy(() =>
  import('./offline-status.tsx').then((module) => module.OfflineStatus),
);

/**
 * The connection and version notices, once the app runs: a prerendered page has nothing to
 * say about either, so their code loads after the page and costs the first load nothing.
 */
export function OfflineSlot() {
  const { lang } = useEdition();
  // The address is made here, in the first load's code: the notices' chunk importing the paths
  // (and React Router with them) would make the bundler move React into a chunk of its own.
  return (
    <OnceRunning>
      <OfflineStatus manifestHref={manifestPath(lang)} />
    </OnceRunning>
  );
}
