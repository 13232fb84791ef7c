import { describe, expect, it } from 'vitest';
import { isLatin, transliterations } from './transliterate.ts';

const likeliest = (query: string, lang: 'ru' | 'ky' = 'ru') => transliterations(query, lang)[0];

describe('transliterations', () => {
  it('reads common Latin spellings of names and places as their Cyrillic', () => {
    expect(likeliest('kemelova')).toBe('кемелова');
    expect(likeliest('bishkek')).toBe('бишкек');
    expect(likeliest('Kyrgyzstan')).toBe('кыргызстан');
    expect(likeliest('Chuy')).toBe('чуй');
    expect(likeliest('Bakiyev')).toBe('бакиев');
    expect(likeliest('shchedrin')).toBe('щедрин');
    expect(likeliest('zhogorku')).toBe('жогорку');
  });

  it('starts a word with "э" where it begins with "e"', () => {
    expect(likeliest('ekonomika')).toBe('экономика');
  });

  it('keeps the spaces between words', () => {
    expect(likeliest('bishkek osh')).toBe('бишкек ош');
  });

  it('reads Kyrgyz letters in the Kyrgyz edition only', () => {
    expect(likeliest('jogorku kenesh', 'ky')).toBe('жогорку кенеш');
    expect(likeliest('köl', 'ky')).toBe('көл');
    expect(likeliest('jakov', 'ru')).toBe('яков');
  });

  it('offers other readings of ambiguous letters after the likeliest, a few at most', () => {
    const spellings = transliterations('tsentr', 'ru');
    expect(spellings[0]).toBe('центр');
    expect(spellings).toContain('тсентр');
    expect(transliterations('yyyyyyyy', 'ru').length).toBeLessThanOrEqual(4);
    expect(new Set(transliterations('yyyy', 'ru')).size).toBe(
      transliterations('yyyy', 'ru').length,
    );
  });

  it('leaves what is not a Latin letter as it is', () => {
    expect(likeliest('covid-19')).toBe('ковид-19');
  });
});

describe('isLatin', () => {
  it('tells Latin queries from Cyrillic and mixed ones', () => {
    expect(isLatin('kemelova')).toBe(true);
    expect(isLatin('Issyk-Köl')).toBe(true);
    expect(isLatin('Кемелова')).toBe(false);
    expect(isLatin('Google и Бишкек')).toBe(false);
    expect(isLatin('2024')).toBe(false);
  });
});
