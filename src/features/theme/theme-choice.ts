import * as v from 'valibot';
import { storedChoice } from '../../shared/lib/stored-choice.ts';
import { THEMES, type Theme } from './themes.ts';

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
