/** The editions the reader publishes, in the order they are offered. */
export const LANGS = ['ru', 'ky'] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'ru';

export function isLang(value: unknown): value is Lang {
  return LANGS.some((lang) => lang === value);
}

export function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((candidate) => candidate !== lang);
}

/** A value for every edition; adding an edition makes this fail to compile until it is listed. */
export function byLang<T>(make: (lang: Lang) => T): Record<Lang, T> {
  return { ru: make('ru'), ky: make('ky') };
}
