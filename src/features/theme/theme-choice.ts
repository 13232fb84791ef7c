import * as v from 'valibot';
import { storedChoice } from '../../shared/lib/stored-choice.ts';

/** The themes a reader can force; "system" follows the device's light or dark setting. */
export const FORCED_THEMES = ['light', 'dark'] as const;
export const THEMES = [...FORCED_THEMES, 'system'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'reader.theme';
/** The attribute on <html> that overrides the system's setting (theme.css reads it). */
export const THEME_ATTRIBUTE = 'data-theme';

export const ThemeSchema = v.picklist(THEMES);

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute(THEME_ATTRIBUTE);
  else root.setAttribute(THEME_ATTRIBUTE, theme);
}

export const themeChoice = storedChoice({
  key: THEME_STORAGE_KEY,
  schema: ThemeSchema,
  fallback: 'system',
  apply: (theme) => {
    applyTheme(theme);
  },
});
