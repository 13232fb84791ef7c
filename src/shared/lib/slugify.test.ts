import { describe, expect, it } from 'vitest';
import { slugify, transliterate } from './slugify.ts';

describe('transliterate', () => {
  it('covers the Kyrgyz letters ң, ө and ү', () => {
    expect(transliterate('Кеңеш Өкмөт Үй')).toBe('kengesh okmot uy');
  });

  it('writes Russian letters the way our slugs do', () => {
    expect(transliterate('Щёлкать жёлтые шьющиеся объявления')).toBe(
      'shchyolkat zhyoltye shyushchiesya obyavleniya',
    );
  });
});

describe('slugify', () => {
  it('makes the seed story’s slug', () => {
    expect(slugify('Кыргызстанские дипломаты проводят встречи на полях 44-й сессии СМИД ОИС')).toBe(
      'kyrgyzstanskie-diplomaty-provodyat-vstrechi-na-polyah-44-y-sessii-smid-ois',
    );
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify(
      'Кыргызстандык дипломаттар ИКУнун тышкы иштер министрлеринин кеңешинин 44-сессиясынын кулуарында жолугушууларды өткөрүүдө',
    );
    expect(slug).toBe(
      'kyrgyzstandyk-diplomattar-ikunun-tyshky-ishter-ministrlerinin-kengeshinin-44-sessiyasynyn',
    );
    expect(slug.length).toBeLessThanOrEqual(90);
  });

  it('drops punctuation and quotes, keeps digits and Latin', () => {
    expect(slugify('«Манас» — 2024: COVID-19?!')).toBe('manas-2024-covid-19');
  });

  it('cuts a single overlong word instead of returning nothing', () => {
    expect(slugify('а'.repeat(200))).toHaveLength(90);
  });
});
