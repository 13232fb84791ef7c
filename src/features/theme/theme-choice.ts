import * as v from 'valibot';
import { storedChoice } from '../../shared/lib/stored-choice.ts';
import {
  THEME_ATTRIBUTE,
  THEME_STORAGE_KEY,
  THEMES,
  type Theme,
} from '../../shared/preferences/reader-preferences.ts';

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
