import { optionalLazy } from '../../shared/lib/optional-lazy.tsx';
import { OnceRunning } from '../../shared/lib/once-running.tsx';
import { ThemeOptions } from './theme-options.tsx';
import './theme.css';

const RememberedTheme = optionalLazy(() =>
  import('./remembered-theme.tsx').then((module) => module.RememberedTheme),
);

/**
 * The switch's own box, disabled and out of sight, until the switch takes its place: the footer
 * of a short page sits at the bottom of the screen, and a switch appearing from nothing would
 * lift it, and what is above it, after the page had been painted.
 */
function ThemePlaceholder() {
  return <ThemeOptions chosen="system" />;
}

/**
 * The theme switch, once the app runs: without scripts the page follows the system's setting
 * and a switch could change nothing. The remembered choice loads after the page, costing the
 * first load only the options' markup.
 */
export function ThemeSlot() {
  return (
    <OnceRunning fallback={<ThemePlaceholder />}>
      <RememberedTheme>
        {(theme, choose) => <ThemeOptions chosen={theme} onChoose={choose} />}
      </RememberedTheme>
    </OnceRunning>
  );
}
