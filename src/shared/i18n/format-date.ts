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

/**
 * CLDR's Russian month names (format, wide: the genitive). Russian is assembled the same way as
 * Kyrgyz so that a page prerendered by Node and hydrated by any browser prints the very same
 * date, whatever ICU data each carries; tested against Node's ICU.
 */
const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

interface CalendarDate {
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

/** A long date in the edition's language and time zone: "12 июля 2017 г.", "2017-ж., 12-июль". */
export function formatLongDate(iso: string, lang: Lang): string {
  const { year, month, day } = calendarDateIn(new Date(iso), EDITIONS[lang].timeZone);
  switch (lang) {
    case 'ky':
      return `${year}-ж., ${day}-${KY_MONTHS[month - 1] ?? ''}`;
    case 'ru':
      return `${day} ${RU_MONTHS[month - 1] ?? ''} ${year} г.`;
  }
}
