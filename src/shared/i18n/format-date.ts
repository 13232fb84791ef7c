import { EDITIONS } from './editions.ts';
import type { Lang } from './languages.ts';

/**
 * CLDR's Kyrgyz month names (format, wide). Chromium ships no Kyrgyz locale data, so
 * `Intl.DateTimeFormat('ky')` falls back to English there; we assemble the CLDR pattern
 * ("y-'ж'., d-MMMM") ourselves and test it against Node's full ICU.
 */
const KY_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of an instant on the newsroom's clock, whatever the reader's zone. */
export function calendarDateIn(date: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const pick = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return { year: pick('year'), month: pick('month'), day: pick('day') };
}

/** A long date in the edition's language and time zone: "12 июля 2017 г.", "2017-ж., 12-июль". */
export function formatLongDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  const { timeZone, locale } = EDITIONS[lang];
  switch (lang) {
    case 'ky': {
      const { year, month, day } = calendarDateIn(date, timeZone);
      return `${year}-ж., ${day}-${KY_MONTHS[month - 1] ?? ''}`;
    }
    case 'ru':
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
  }
}
