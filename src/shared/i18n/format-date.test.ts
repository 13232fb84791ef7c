import { describe, expect, it, vi } from 'vitest';
import { calendarDateIn, formatLongDate } from './format-date.ts';

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

describe('calendarDateIn', () => {
  it('reads the date on the given clock', () => {
    expect(calendarDateIn(new Date('2020-12-31T20:00:00Z'), 'Asia/Bishkek')).toEqual({
      year: 2021,
      month: 1,
      day: 1,
    });
  });
});

describe('prepareDates', () => {
  it('makes the edition’s formatter ahead, so the first date makes none', async () => {
    // A fresh copy of the module: its formatters are made once per process.
    vi.resetModules();
    const fresh = await import('./format-date.ts');
    const Real = Intl.DateTimeFormat;
    const made = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Real>
    ) {
      return new Real(...args);
    });
    fresh.prepareDates('ky');
    expect(made).toHaveBeenCalledTimes(1);
    expect(fresh.calendarDateIn(new Date('2017-07-11T20:00:00Z'), 'Asia/Bishkek')).toEqual({
      year: 2017,
      month: 7,
      day: 12,
    });
    expect(made).toHaveBeenCalledTimes(1);
  });
});
