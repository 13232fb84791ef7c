import { optionalLazy } from '../../shared/lib/optional-lazy.tsx';
import { OnceRunning } from '../../shared/lib/once-running.tsx';

const BreakingBanner = optionalLazy(() =>
  import('./breaking-banner.tsx').then((module) => module.BreakingBanner),
);

/**
 * The breaking-news banner, once the app runs: no page is prerendered with it (the news is newer
 * than any page), and its code loads after the page's.
 */
export function BreakingSlot() {
  return (
    <OnceRunning>
      <BreakingBanner />
    </OnceRunning>
  );
}
