// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/shared/contract/article-schema.ts';
import { articleFixture, without } from '../../src/test/article-fixtures.ts';
import { checkAcross, parseArticleFile } from './load-content.ts';

const ru = articleFixture({ id: '3001', lang: 'ru', translations: { ky: '3002' } });
const ky = articleFixture({
  id: '3002',
  lang: 'ky',
  slug: 'synoo-jangylyk',
  title: 'Сыноо жаңылык',
  translations: { ru: '3001' },
});

describe('parseArticleFile', () => {
  it('returns the article of a valid file', () => {
    const parsed = parseArticleFile('content/articles/3001.json', JSON.stringify(ru));
    expect(parsed).toEqual({ article: ru, problems: [] });
  });

  it('reports text that is not JSON, naming the file', () => {
    const { article, problems } = parseArticleFile('content/articles/3001.json', '{"id": "3001",');
    expect(article).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/articles\/3001\.json: not valid JSON \(.+\)$/);
  });

  it('names the file and the field of each schema error', () => {
    const text = JSON.stringify({ ...without(ru, 'title'), publishedAt: '2017-07-12T00:00:00' });
    const { problems } = parseArticleFile('content/articles/3001.json', text);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('content/articles/3001.json: title: must be given');
    expect(problems[1]).toBe(
      'content/articles/3001.json: publishedAt: must be an ISO 8601 date and time with an offset',
    );
  });

  it('names the field deep inside the body', () => {
    const text = JSON.stringify({
      ...ru,
      body: [{ type: 'paragraph', runs: [{ text: 'x', href: 'javascript:alert(1)' }] }],
    });
    expect(parseArticleFile('a/3001.json', text).problems).toEqual([
      'a/3001.json: body.0.runs.0.href: must be an http(s), mailto or tel URL or a path',
    ]);
  });

  it('requires the file to be named after the id', () => {
    const { article, problems } = parseArticleFile(
      'content/articles/3009.json',
      JSON.stringify(ru),
    );
    expect(article).toBeUndefined();
    expect(problems).toEqual([
      'content/articles/3009.json: id: the file of article "3001" must be named 3001.json',
    ]);
  });
});

describe('parseArticleFile, for the site’s own names', () => {
  it('refuses the slug "index", which a story’s folder page has', () => {
    const text = JSON.stringify({ ...ru, slug: 'index' });
    expect(parseArticleFile('content/articles/3001.json', text).problems).toEqual([
      'content/articles/3001.json: slug: must not be "index", a name the site keeps for itself',
    ]);
  });
});

describe('checkAcross', () => {
  const entry = (file: string, story: Article) => ({ file, story });
  const problemsOf = (entries: ReturnType<typeof entry>[]) => checkAcross(entries).problems;

  it('finds nothing wrong with a story and its translation', () => {
    expect(checkAcross([entry('a/3001.json', ru), entry('a/3002.json', ky)])).toEqual({
      problems: [],
      duplicateIds: new Set(),
    });
  });

  it('names both files that share an id, and the id', () => {
    const result = checkAcross([
      entry('a/3001.json', ru),
      entry('a/3002.json', ky),
      entry('b/3001.json', articleFixture({ id: '3001', slug: 'drugaya' })),
    ]);
    expect(result.problems).toEqual(['b/3001.json: id: "3001" is also the id of a/3001.json']);
    expect(result.duplicateIds).toEqual(new Set(['3001']));
  });

  it('names both files that share a slug within an edition, and allows it across editions', () => {
    const twin = articleFixture({ id: '3003', slug: ru.slug });
    expect(problemsOf([entry('a/3001.json', ru), entry('a/3002.json', ky), entry('a/3003.json', twin)])).toEqual([
      `a/3003.json: slug: "${ru.slug}" is also the slug of a/3001.json (ru)`,
    ]);
    const kyrgyz = articleFixture({ id: '3004', lang: 'ky', slug: ru.slug });
    expect(problemsOf([entry('a/3001.json', ru), entry('a/3002.json', ky), entry('a/3004.json', kyrgyz)])).toEqual([]);
  });

  it('reports a translation that points at no article', () => {
    expect(problemsOf([entry('a/3001.json', ru)])).toEqual([
      'a/3001.json: translations.ky: no article has the id "3002"',
    ]);
  });

  it('reports a translation that points at an article in the wrong language', () => {
    const notKyrgyz = articleFixture({ id: '3002', lang: 'ru', slug: 'drugaya' });
    expect(problemsOf([entry('a/3001.json', ru), entry('a/3002.json', notKyrgyz)])).toEqual([
      'a/3001.json: translations.ky: article "3002" (a/3002.json) is in "ru", not "ky"',
    ]);
  });
});
