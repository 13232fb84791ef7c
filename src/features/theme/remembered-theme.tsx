import type { ReactNode } from 'react';
import { useStoredChoice } from '../../shared/lib/use-stored-choice.ts';
import { themeChoice } from './theme-choice.ts';
import type { Theme } from '../../shared/preferences/reader-preferences.ts';

interface RememberedThemeProps {
  children: (theme: Theme, choose: (theme: Theme) => void) => ReactNode;
}

/**
 * The reader's remembered theme and the way to change it, for `children` to show. It renders
 * what it is given rather than the options themselves: those are in the page from the start
 * (theme-slot.tsx), and this chunk importing a component the entry renders too made the bundler
 * move React into a chunk of its own (~0.3 KB more script on first load).
 */
export function RememberedTheme({ children }: RememberedThemeProps) {
  return children(useStoredChoice(themeChoice), themeChoice.write);
}
