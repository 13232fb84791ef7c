import { describe, expect, it } from 'vitest';
import { calendarDateIn, formatLongDate, formatLongDateTime } from './format-date.ts';

// Node ships full ICU with CLDR's Kyrgyz data; it is the reference Chromium lacks.
const reference = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Bishkek' }).format(
    new Date(iso),
  );

describe('formatLongDate', () => {
  it('has Node ICU Kyrgyz data to compare with', () => {
    expect(reference('2017-07-12T00:00:00+06:00', 'ky')).toBe('2017-ж., 12-июль');
  });

  it.each(Array.from({ length: 12 }, (_, index) => index + 1))(
    'matches CLDR Kyrgyz for month %i',
    (month) => {
      const iso = `2017-${String(month).padStart(2, '0')}-09T12:00:00+06:00`;
      expect(formatLongDate(iso, 'ky')).toBe(reference(iso, 'ky'));
    },
  );

  it.each(Array.from({ length: 12 }, (_, index) => index + 1))(
    'matches CLDR Russian for month %i',
    (month) => {
      const iso = `2017-${String(month).padStart(2, '0')}-09T12:00:00+06:00`;
      expect(formatLongDate(iso, 'ru')).toBe(reference(iso, 'ru'));
    },
  );

  it('formats Russian with the genitive month', () => {
    expect(formatLongDate('2017-07-12T00:00:00+06:00', 'ru')).toBe('12 июля 2017 г.');
  });

  it('uses Bishkek time, not the reader’s zone or UTC', () => {
    // 23:30 UTC on 11 July is already 12 July in Bishkek (UTC+6).
    expect(formatLongDate('2017-07-11T23:30:00Z', 'ky')).toBe('2017-ж., 12-июль');
    expect(formatLongDate('2017-07-11T23:30:00Z', 'ru')).toBe('12 июля 2017 г.');
  });

  it('never prints English for Kyrgyz', () => {
    expect(formatLongDate('2024-01-31T10:00:00+06:00', 'ky')).not.toMatch(/[A-Za-z]/);
  });
});

describe('formatLongDateTime', () => {
  const referenceTime = (iso: string, locale: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Asia/Bishkek',
    }).format(new Date(iso));

  it.each([
    '2017-07-12T18:05:00+06:00',
    '2017-07-11T23:30:00Z',
    '2024-01-01T00:00:00+06:00',
    '2024-12-31T09:59:00+06:00',
  ])('matches CLDR in both languages, on Bishkek’s clock: %s', (iso) => {
    expect(formatLongDateTime(iso, 'ru')).toBe(referenceTime(iso, 'ru'));
    expect(formatLongDateTime(iso, 'ky')).toBe(referenceTime(iso, 'ky'));
  });

  it('writes the time with a leading zero', () => {
    expect(formatLongDateTime('2017-07-12T09:05:00+06:00', 'ru')).toBe('12 июля 2017 г. в 09:05');
    expect(formatLongDateTime('2017-07-12T09:05:00+06:00', 'ky')).toBe('2017-ж., 12-июль 09:05');
  });
});

describe('calendarDateIn', () => {
  it('reads the date on the given clock', () => {
    expect(calendarDateIn(new Date('2020-12-31T20:00:00Z'), 360)).toEqual({
      year: 2021,
      month: 1,
      day: 1,
    });
    expect(calendarDateIn(new Date('2020-12-31T17:59:59Z'), 360)).toEqual({
      year: 2020,
      month: 12,
      day: 31,
    });
  });

  it('refuses a date that is none rather than print "NaN"', () => {
    expect(() => calendarDateIn(new Date('not a date'), 360)).toThrow(RangeError);
    expect(() => formatLongDate('2017-13-45T00:00:00Z', 'ru')).toThrow(RangeError);
  });

  it('agrees with Bishkek time in Node’s time-zone data since UTC+6 became all-year', () => {
    const bishkek = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Bishkek',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    const fromZoneData = (date: Date) => {
      const parts = bishkek.formatToParts(date);
      const pick = (type: Intl.DateTimeFormatPartTypes) =>
        Number(parts.find((part) => part.type === type)?.value);
      return { year: pick('year'), month: pick('month'), day: pick('day') };
    };
    // Every ~7 hours 13 minutes from September 2005 to 2040: each hour of the day, both sides
    // of midnight, every season and leap day.
    const step = 7 * 3_600_000 + 13 * 60_000;
    let compared = 0;
    for (let time = Date.UTC(2005, 8, 1); time < Date.UTC(2040, 0, 1); time += step) {
      const date = new Date(time);
      expect(calendarDateIn(date, 360)).toEqual(fromZoneData(date));
      compared++;
    }
    expect(compared).toBeGreaterThan(40_000);
  });
});
