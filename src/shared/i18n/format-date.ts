import { catalogueOf } from './catalogues.ts';
import { EDITIONS } from './editions.ts';
import type { Lang } from './languages.ts';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Building an Intl formatter costs far more than using one: a feed page formats dozens of dates,
 * and a browser's first one with a time zone loads its zone data (~15 ms on a fast phone).
 */
const calendars = new Map<string, Intl.DateTimeFormat>();

/** What reads an instant's calendar date on `timeZone`'s clock, made once per zone. */
function calendarIn(timeZone: string): Intl.DateTimeFormat {
  let calendar = calendars.get(timeZone);
  if (!calendar) {
    calendar = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    calendars.set(timeZone, calendar);
  }
  return calendar;
}

/** The calendar date of an instant on the newsroom's clock, whatever the reader's zone. */
export function calendarDateIn(date: Date, timeZone: string): CalendarDate {
  const parts = calendarIn(timeZone).formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return { year: pick('year'), month: pick('month'), day: pick('day') };
}

/** Makes the edition's date formatter ahead of the first date, in a task of the caller's choosing. */
export function prepareDates(lang: Lang): void {
  calendarIn(EDITIONS[lang].timeZone);
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
