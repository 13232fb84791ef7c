// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlace, findSource, ImportError, parseRawArticle } from './parse-raw-article.ts';

const seed = readFileSync(
  path.join(import.meta.dirname, 'fixtures/000_abe65bf60f3c6c30.txt'),
  'utf8',
);
const shipped: unknown = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../content/articles/1001.json'), 'utf8'),
);

const options = { id: '1001', lang: 'ru', published: '2017-07-12' } as const;

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseRawArticle on the seed', () => {
  const article = parseRawArticle(seed, options);

  it('reproduces the shipped article, but for what an editor adds: rubric, tags, translations', () => {
    expect({
      ...article,
      rubric: 'politics',
      tags: ['ОИС', 'МИД КР'],
      translations: { ky: '1002' },
    }).toEqual(shipped);
  });

  it('keeps the headline and all eight paragraphs and none of the page chrome', () => {
    expect(article.title).toBe(
      'Кыргызстанские дипломаты проводят встречи на полях 44-й сессии СМИД ОИС',
    );
    expect(article.body).toHaveLength(8);
    const text = JSON.stringify(article.body);
    for (const chrome of ['Сообщи свою новость', 'Telegram', 'Whatsapp', 'НАВЕРХ', 'НАЗАД']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('takes the dateline place and the source', () => {
    expect(article.place).toBe('Абиджан');
    expect(article.source).toBe('пресс-служба МИД КР');
    expect(article.publishedAt).toBe('2017-07-12T00:00:00+06:00');
  });
});

describe('parseRawArticle on bad input', () => {
  it('rejects an empty file at line 1', () => {
    const error = importError(() => parseRawArticle('  \n\n', options));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/empty/);
  });

  it('rejects a file whose first line is not a headline', () => {
    const error = importError(() => parseRawArticle('\nText after a blank line.\n', options));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/no headline/);
  });

  it('rejects a headline with no body, chrome alone not counting', () => {
    const error = importError(() => parseRawArticle('Headline\n\nНАВЕРХ\n\nНАЗАД\n', options));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/no body/);
  });

  it('rejects an impossible publication day', () => {
    expect(
      importError(() => parseRawArticle(seed, { ...options, published: '2017-02-30' })).message,
    ).toMatch(/invalid date/);
    expect(
      importError(() => parseRawArticle(seed, { ...options, published: '12.07.2017' })).message,
    ).toMatch(/YYYY-MM-DD/);
  });

  it('keeps a short line inside the story, dropping only trailing chrome', () => {
    const article = parseRawArticle(
      'Заголовок\n\nПервый абзац.\n\nНазад\n\nВторой абзац.\n\nНАВЕРХ',
      options,
    );
    expect(article.body).toHaveLength(3);
  });
});

describe('findPlace and findSource', () => {
  it('reads agency datelines and Kyrgyz source phrases', () => {
    expect(findPlace('БИШКЕК, 3 марта — Текст.')).toBe('Бишкек');
    expect(findPlace('3 марта 2020 года в Оше прошла встреча.')).toBeUndefined();
    expect(findPlace('3 марта в г. Ош прошла встреча.')).toBe('Ош');
    expect(findSource(['Бул тууралуу КР ТИМдин басма кызматы кабарлады.'])).toBe(
      'КР ТИМдин басма кызматы',
    );
    expect(findSource(['Без источника.'])).toBeUndefined();
  });
});
