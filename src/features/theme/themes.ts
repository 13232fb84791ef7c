/** The themes a reader can force; "system" follows the device's light or dark setting. */
export const FORCED_THEMES = ['light', 'dark'] as const;
export const THEMES = [...FORCED_THEMES, 'system'] as const;
export type Theme = (typeof THEMES)[number];
