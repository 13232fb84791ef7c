import { Suspense } from 'react';
import { optionalLazy } from '../../shared/lib/optional-lazy.tsx';
import { useHydrated } from '../../shared/lib/use-stored-choice.ts';
import './theme.css';

const ThemeSwitch = optionalLazy(() =>
  import('./theme-switch.tsx').then((module) => module.ThemeSwitch),
);

/**
 * The theme switch, once the app runs: without scripts the page follows the system's setting
 * and a switch could change nothing. It loads after the page, costing the first load nothing.
 */
export function ThemeSlot() {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <ThemeSwitch />
    </Suspense>
  ) : null;
}
