import { catalogueOf } from './catalogues.ts';
import { EDITIONS } from './editions.ts';
import type { Lang } from './languages.ts';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Building an Intl formatter costs far more than using one: a feed page formats dozens of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** The calendar date of an instant on the newsroom's clock, whatever the reader's zone. */
export function calendarDateIn(date: Date, timeZone: string): CalendarDate {
  const parts = formatter('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return { year: pick('year'), month: pick('month'), day: pick('day') };
}

/**
 * A long date in the edition's language and time zone: "12 июля 2017 г.", "2017-ж., 12-июль".
 * The edition's catalogue writes it out rather than `Intl`: Chromium ships no Kyrgyz locale data
 * (`Intl.DateTimeFormat('ky')` falls back to English there), and a page prerendered by Node and
 * hydrated by any browser must print the very same date whatever ICU data each carries, so
 * Russian is written out too. Tested against Node's full ICU.
 */
export function formatLongDate(iso: string, lang: Lang): string {
  return catalogueOf(lang).longDate(calendarDateIn(new Date(iso), EDITIONS[lang].timeZone));
}
