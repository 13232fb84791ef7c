import { catalogueOf } from './catalogues.ts';
import { EDITIONS } from './editions.ts';
import type { Lang } from './languages.ts';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The calendar date of an instant on a clock `utcOffsetMinutes` ahead of UTC, whatever the
 * reader's zone. Plain arithmetic, not `Intl` with a time zone: a browser's first such formatter
 * loads its zone data, a long task on a slow phone (decision 015).
 */
export function calendarDateIn(date: Date, utcOffsetMinutes: number): CalendarDate {
  const clock = new Date(date.getTime() + utcOffsetMinutes * 60_000);
  // As `Intl` did: a date that is none fails the page's render loudly, never prints "NaN".
  if (Number.isNaN(clock.getTime())) throw new RangeError('Invalid time value');
  return { year: clock.getUTCFullYear(), month: clock.getUTCMonth() + 1, day: clock.getUTCDate() };
}

/**
 * A long date in the edition's language, on its clock: "12 июля 2017 г.", "2017-ж., 12-июль".
 * The edition's catalogue writes it out rather than `Intl`: Chromium ships no Kyrgyz locale data
 * (`Intl.DateTimeFormat('ky')` falls back to English there), and a page prerendered by Node and
 * hydrated by any browser must print the very same date whatever ICU data each carries, so
 * Russian is written out too. Tested against Node's full ICU.
 */
export function formatLongDate(iso: string, lang: Lang): string {
  return catalogueOf(lang).longDate(calendarDateIn(new Date(iso), EDITIONS[lang].utcOffsetMinutes));
}

/**
 * A date and time of day in the edition's language, on its clock: "12 июля 2017 г. в 18:05",
 * "2017-ж., 12-июль 18:05" (CLDR's long date and short time, written out as formatLongDate is).
 */
export function formatLongDateTime(iso: string, lang: Lang): string {
  const offset = EDITIONS[lang].utcOffsetMinutes;
  const date = new Date(iso);
  const clock = new Date(date.getTime() + offset * 60_000);
  const time = `${String(clock.getUTCHours()).padStart(2, '0')}:${String(clock.getUTCMinutes()).padStart(2, '0')}`;
  return catalogueOf(lang).longDateTime(calendarDateIn(date, offset), time);
}
