import type { Lang } from './languages.ts';

/**
 * Per-edition settings, in the manner of Simorgh's service configs: everything that differs
 * between the Russian and the Kyrgyz reader apart from the strings themselves.
 */
export interface Edition {
  lang: Lang;
  /** BCP 47 tag for `<html lang>` and `Intl`. */
  locale: string;
  /** The newsroom's clock: dates print in Bishkek time wherever the reader is. */
  timeZone: string;
  /** The language named in itself, for the language switch. */
  autonym: string;
  /** The Open Graph style locale, for link previews. */
  ogLocale: string;
}

export const EDITIONS: Record<Lang, Edition> = {
  ru: {
    lang: 'ru',
    locale: 'ru-KG',
    timeZone: 'Asia/Bishkek',
    autonym: 'Русский',
    ogLocale: 'ru_KG',
  },
  ky: {
    lang: 'ky',
    locale: 'ky-KG',
    timeZone: 'Asia/Bishkek',
    autonym: 'Кыргызча',
    ogLocale: 'ky_KG',
  },
};
