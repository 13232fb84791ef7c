import { describe, expect, it } from 'vitest';
import { findsQuery, standsFor } from './matched-words.ts';

describe('standsFor', () => {
  it('takes inflected forms and words typed in part', () => {
    expect(standsFor('кемеловой', 'Кемелова,')).toBe(true);
    expect(standsFor('дипломатов', 'дипломаты')).toBe(true);
    expect(standsFor('кемел', 'Кемеловой')).toBe(true);
    expect(standsFor('бишкектеги', 'Бишкек')).toBe(true);
    expect(standsFor('сессиясынын', '44-сессиясынын')).toBe(true);
    expect(standsFor('сессиясынын', 'сессиясы')).toBe(true);
    expect(standsFor('ош', 'Ош.')).toBe(true);
    // Hyphenated names, whole or in part, and accents, which the index ignores.
    expect(standsFor('кара-балта', 'Кара-Балта,')).toBe(true);
    expect(standsFor('ак-суу', 'Ак-Суу')).toBe(true);
    expect(standsFor('44-й', '44-й')).toBe(true);
    expect(standsFor('балта', 'Кара-Балта')).toBe(true);
    expect(standsFor('маиский', 'Майский')).toBe(true);
    // A typo in the second half of the word.
    expect(standsFor('кемелвоа', 'Кемелова')).toBe(true);
  });

  it('refuses the stub of a word the index does not have', () => {
    expect(standsFor('абракадабра', 'а')).toBe(false);
    expect(standsFor('асдф', 'а')).toBe(false);
    expect(standsFor('ику', 'и')).toBe(false);
    expect(standsFor('квэрты', 'КРдин')).toBe(false);
    expect(standsFor('бюджет', 'бюро')).toBe(false);
    // A typo in the first half.
    expect(standsFor('кмелова', 'Кемелова')).toBe(false);
  });
});

describe('findsQuery', () => {
  const content = 'Дипломаты завершили встречи в Абиджане, а Бермет Кемелова провела переговоры.';

  it('is true when a word the result matched stands for a word of the query', () => {
    expect(findsQuery('кемеловой', content, [7])).toBe(true);
    expect(findsQuery('абракадабра кемеловой', content, [5, 7])).toBe(true);
  });

  it('is false when the result matched only a stub of the query', () => {
    // "а", where Pagefind's shortening of the word ends.
    expect(findsQuery('абракадабра', content, [5])).toBe(false);
    expect(findsQuery('абракадабра', content, [])).toBe(false);
    expect(findsQuery('абракадабра', content, [99])).toBe(false);
  });
});
