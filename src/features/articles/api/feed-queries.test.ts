import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedHeadFixture, feedPageFixture } from '../../../test/article-fixtures.ts';
import { jsonResponse, requestUrl, stubFetch } from '../../../test/browser.ts';
import { createTestQueryClient } from '../../../test/render.tsx';
import type { Feed } from '../../../shared/contract/api-files.ts';
import { FeedHeadSchema } from '../../../shared/contract/feed-schema.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import type { Rubric } from '../../../shared/i18n/rubrics.ts';
import { feedQueries } from './feed-queries.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const notFound = () => Promise.resolve(new Response('not found', { status: 404 }));

const latest = (lang: Lang): Feed => ({ lang, kind: 'latest' });
const rubric = (lang: Lang, key: Rubric): Feed => ({ lang, kind: 'rubrics', key });
const tag = (lang: Lang, key: string): Feed => ({ lang, kind: 'tags', key });

describe('feedQueries keys', () => {
  it('go from the general to the specific', () => {
    expect(feedQueries.head(latest('ru')).queryKey).toEqual(['feeds', 'ru', 'latest', 'head']);
    expect(feedQueries.page(latest('ru'), 2).queryKey).toEqual([
      'feeds',
      'ru',
      'latest',
      'page',
      2,
    ]);
    expect(feedQueries.head(rubric('ky', 'culture')).queryKey).toEqual([
      'feeds',
      'ky',
      'rubrics',
      'culture',
      'head',
    ]);
    expect(feedQueries.page(rubric('ky', 'culture'), 3).queryKey).toEqual([
      'feeds',
      'ky',
      'rubrics',
      'culture',
      'page',
      3,
    ]);
    expect(feedQueries.head(tag('ru', 'ois')).queryKey).toEqual([
      'feeds',
      'ru',
      'tags',
      'ois',
      'head',
    ]);
    expect(feedQueries.page(tag('ru', 'ois'), 1).queryKey).toEqual([
      'feeds',
      'ru',
      'tags',
      'ois',
      'page',
      1,
    ]);
  });

  it('keep every feed of an edition under the edition’s key, and every feed under one', () => {
    const edition = feedQueries.edition('ru');
    const all = feedQueries.all();
    for (const { queryKey } of [
      feedQueries.head(latest('ru')),
      feedQueries.page(latest('ru'), 1),
      feedQueries.head(rubric('ru', 'politics')),
      feedQueries.page(rubric('ru', 'politics'), 1),
      feedQueries.head(tag('ru', 'ois')),
      feedQueries.page(tag('ru', 'ois'), 1),
    ]) {
      expect(queryKey.slice(0, edition.length)).toEqual(edition);
      expect(queryKey.slice(0, all.length)).toEqual(all);
    }
    const ky = feedQueries.head(latest('ky')).queryKey;
    expect(ky.slice(0, edition.length)).not.toEqual(edition);
  });

  it('tell heads, pages, rubrics, tags and editions apart', () => {
    const keys = [
      feedQueries.head(rubric('ru', 'sport')),
      feedQueries.page(rubric('ru', 'sport'), 1),
      feedQueries.page(rubric('ru', 'sport'), 2),
      feedQueries.head(rubric('ky', 'sport')),
      feedQueries.head(rubric('ru', 'world')),
      feedQueries.head(tag('ru', 'sport')),
      feedQueries.page(tag('ru', 'sport'), 1),
      feedQueries.head(latest('ru')),
      feedQueries.page(latest('ru'), 1),
    ].map(({ queryKey }) => JSON.stringify(queryKey));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('feedQueries fetching', () => {
  it('loads an edition’s newest stories from its head, and its archive page by page', async () => {
    const head = feedHeadFixture('ru', { older: 3 });
    const page = feedPageFixture('ru', { page: 3, older: 2 });
    const fetchMock = stubFetch((input) =>
      Promise.resolve(jsonResponse(requestUrl(input).endsWith('/3.json') ? page : head)),
    );
    const client = createTestQueryClient();
    await expect(client.query(feedQueries.head(latest('ru')))).resolves.toEqual(head);
    await expect(client.query(feedQueries.page(latest('ru'), 3))).resolves.toEqual(page);
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual([
      '/api/v1/ru/latest.json',
      '/api/v1/ru/latest/3.json',
    ]);
  });

  it('loads a rubric’s head and pages from the edition’s rubric feed', async () => {
    const page = feedPageFixture('ky', { page: 2, older: 1 });
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(page)));
    const client = createTestQueryClient();
    await expect(client.query(feedQueries.page(rubric('ky', 'culture'), 2))).resolves.toEqual(page);
    await client.query(feedQueries.head(rubric('ky', 'culture')));
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual([
      '/api/v1/ky/rubrics/culture/2.json',
      '/api/v1/ky/rubrics/culture.json',
    ]);
  });

  it('loads a tag’s feed from the edition’s tag feeds, escaping the key', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(feedPageFixture('ru'))));
    const client = createTestQueryClient();
    await client.query(feedQueries.head(tag('ru', 'ois')));
    await client.query(feedQueries.page(tag('ru', 'a/b'), 1));
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual([
      '/api/v1/ru/tags/ois.json',
      '/api/v1/ru/tags/a%2Fb/1.json',
    ]);
  });

  it('rejects a head or a page the API sends in another shape', async () => {
    stubFetch(() => Promise.resolve(jsonResponse({ lang: 'ru', items: [{ id: '1' }] })));
    const client = createTestQueryClient();
    await expect(client.query(feedQueries.head(latest('ru')))).rejects.toMatchObject({
      kind: 'invalid',
    });
    // A head is not a page: a page says which it is.
    stubFetch(() => Promise.resolve(jsonResponse(feedHeadFixture('ru'))));
    await expect(client.query(feedQueries.page(latest('ru'), 1))).rejects.toMatchObject({
      kind: 'invalid',
    });
  });

  it('reads the missing head of a rubric or tag as a feed with no stories yet', async () => {
    stubFetch(notFound);
    const client = createTestQueryClient();
    await expect(client.query(feedQueries.head(rubric('ky', 'sport')))).resolves.toEqual({
      lang: 'ky',
      items: [],
    });
    const tagHead = await client.query(feedQueries.head(tag('ru', 'ois')));
    expect(tagHead).toEqual({ lang: 'ru', items: [] });
    // It is a head like any other the API sends.
    expect(v.is(FeedHeadSchema, tagHead)).toBe(true);
  });

  it('keeps the missing head of an edition’s latest stories an error', async () => {
    stubFetch(notFound);
    const client = createTestQueryClient();
    await expect(client.query(feedQueries.head(latest('ru')))).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('keeps any missing archive page an error: there is no such page', async () => {
    stubFetch(notFound);
    const client = createTestQueryClient();
    for (const feed of [latest('ru'), rubric('ru', 'sport'), tag('ru', 'ois')]) {
      await expect(client.query(feedQueries.page(feed, 1))).rejects.toMatchObject({
        kind: 'not-found',
      });
    }
  });

  it('lets other failures of a rubric’s head through', async () => {
    stubFetch(() => Promise.resolve(new Response('down', { status: 503 })));
    const client = createTestQueryClient();
    await expect(client.query(feedQueries.head(rubric('ru', 'sport')))).rejects.toMatchObject({
      kind: 'server',
    });
  });
});
