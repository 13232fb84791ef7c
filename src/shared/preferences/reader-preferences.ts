/**
 * What a reader can choose for every page: the edition "/" opens, the theme and a story's text
 * size. Both are stored in
 * localStorage and put on <html> as an attribute, by the app (src/features/theme, text-size) and,
 * before the app starts, by the page's inline script (scripts/security/preferences-script.ts),
 * which reads the same names and values from here.
 */

/** The themes a reader can force; "system" follows the device's light or dark setting. */
export const FORCED_THEMES = ['light', 'dark'] as const;
export const THEMES = [...FORCED_THEMES, 'system'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'reader.theme';
/** The attribute on <html> that overrides the system's setting (theme.css reads it). */
export const THEME_ATTRIBUTE = 'data-theme';

/** The story's text size in per cent of the site's own, smallest first (text-size.css). */
export const TEXT_SIZES = ['90', '100', '115', '130', '150'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const DEFAULT_TEXT_SIZE: TextSize = '100';

export const TEXT_SIZE_STORAGE_KEY = 'reader.text-size';
export const TEXT_SIZE_ATTRIBUTE = 'data-text-size';

/** The edition the reader chose with the language switch, which "/" opens (src/features/editions). */
export const EDITION_STORAGE_KEY = 'reader.edition';
