import type { Lang } from './languages.ts';

/**
 * Per-edition settings, in the manner of Simorgh's service configs: everything that differs
 * between the Russian and the Kyrgyz reader apart from the strings themselves.
 */
export interface Edition {
  lang: Lang;
  /** BCP 47 tag for `<html lang>` and `Intl`. */
  locale: string;
  /**
   * The newsroom's clock, minutes ahead of UTC: dates print in Bishkek time wherever the reader
   * is. Bishkek has kept UTC+6 all year since August 2005 (decision 015).
   */
  utcOffsetMinutes: number;
  /** The language named in itself, for the language switch. */
  autonym: string;
  /** The Open Graph style locale, for link previews. */
  ogLocale: string;
}

export const EDITIONS: Record<Lang, Edition> = {
  ru: {
    lang: 'ru',
    locale: 'ru-KG',
    utcOffsetMinutes: 360,
    autonym: 'Русский',
    ogLocale: 'ru_KG',
  },
  ky: {
    lang: 'ky',
    locale: 'ky-KG',
    utcOffsetMinutes: 360,
    autonym: 'Кыргызча',
    ogLocale: 'ky_KG',
  },
};
