import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../i18n/format-date.ts';
import { typographicPieces, type TextPiece } from './typography.ts';

/** The groups kept on one line. */
const kept = (text: string) =>
  typographicPieces(text).flatMap((piece) => (typeof piece === 'string' ? [] : [piece.keep]));

const joined = (pieces: TextPiece[]) =>
  pieces.map((piece) => (typeof piece === 'string' ? piece : piece.keep)).join('');

describe('typographicPieces', () => {
  it('keeps a numeral with its ending, in Russian and in Kyrgyz', () => {
    expect(kept('на полях 44-й сессии СМИД ОИС')).toEqual(['44-й']);
    expect(kept('кеңешинин 44-сессиясынын кулуарында')).toEqual(['44-сессиясынын']);
    expect(kept('12-июлда Абиджан шаарында')).toEqual(['12-июлда']);
  });

  it('keeps a number with its abbreviation, unit or month', () => {
    expect(kept('12 июля в г. Абиджан')).toEqual(['12 июля']);
    expect(kept('в 2017 г. и 2018 гг.')).toEqual(['2017 г.', '2018 гг.']);
    expect(kept('на 5 млн сом, 10 % и 1 200 км')).toEqual(['5 млн', '10 %', '1 200 км']);
    expect(kept('3 мая и 1 декабря')).toEqual(['3 мая', '1 декабря']);
  });

  it('keeps the dates the editions write', () => {
    expect(kept(formatLongDate('2017-07-12T00:00:00+06:00', 'ru'))).toEqual(['12 июля', '2017 г.']);
    expect(kept(formatLongDate('2017-07-12T00:00:00+06:00', 'ky'))).toEqual([
      '2017-ж.,',
      '12-июль',
    ]);
  });

  it('keeps initials with the surname after them', () => {
    expect(kept('сказал Д. Кемелова вчера')).toEqual(['Д. Кемелова']);
    expect(kept('сказал Д.Б. Кемелова')).toEqual(['Д.Б. Кемелова']);
    expect(kept('сказал Д. Б. Кемелова')).toEqual(['Д. Б. Кемелова']);
    expect(kept('Ю. Аль-Усеймин')).toEqual(['Ю. Аль-Усеймин']);
    expect(kept('деди Ө. Үсөнов жана Ң. Ңоо')).toEqual(['Ө. Үсөнов', 'Ң. Ңоо']);
    expect(kept('said J. Smith')).toEqual(['J. Smith']);
  });

  it('leaves a number before an ordinary word, and capitals that are no initials, free', () => {
    expect(kept('в 2017 году 44 государства')).toEqual([]);
    expect(kept('МИД КР. Динары Кемеловой')).toEqual([]);
    expect(kept('COVID-19 и 1-2 раза')).toEqual([]);
    expect(kept('стоит 150сом')).toEqual([]);
    expect(kept('Үй-бүлө 5-ү')).toEqual(['5-ү']);
    expect(kept('ааа5-й')).toEqual([]);
  });

  it('keeps the punctuation that touches a group with it', () => {
    expect(kept('12 июля, в 2017 г.: на 44-й.')).toEqual(['12 июля,', '2017 г.:', '44-й.']);
    expect(kept('(12 июля) и «44-й»')).toEqual(['(12 июля)', '«44-й»']);
    expect(kept('сказал «Д. Кемелова»!')).toEqual(['«Д. Кемелова»!']);
    expect(kept('«в 2017 году»')).toEqual([]);
  });

  it('loses and adds nothing', () => {
    const text = '12 июля 2017 г. Д. Кемелова на 44-й сессии, 44-сессиясынын.';
    expect(joined(typographicPieces(text))).toBe(text);
    expect(typographicPieces('')).toEqual(['']);
    expect(typographicPieces('без чисел')).toEqual(['без чисел']);
  });
});
