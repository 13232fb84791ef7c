import type { QueryFunction, QueryKey } from '@tanstack/react-query';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  article1001,
  article1002,
  feedHeadFixture,
  feedItemFixture,
  feedPageFixture,
} from '../../../test/article-fixtures.ts';
import { jsonResponse, requestUrl, stubFetch } from '../../../test/browser.ts';
import { createTestQueryClient } from '../../../test/render.tsx';
import type { Feed } from '../../../shared/contract/api-files.ts';
import { articleQueries } from './article-queries.ts';
import { feedQueries } from './feed-queries.ts';
import { addressKind, feedHeadKind, fetchKind, knownQuery, relatedKind } from './query-kinds.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const notFound = () => Promise.resolve(new Response('not found', { status: 404 }));

const LATEST: Feed = { lang: 'ru', kind: 'latest' };
const POLITICS: Feed = { lang: 'ky', kind: 'rubrics', key: 'politics' };
const TAG: Feed = { lang: 'ru', kind: 'tags', key: 'ois' };

/** Every kind of query the reader makes, with the file that answers it. */
const QUERIES: [string, { queryKey: QueryKey; queryFn?: QueryFunction }, string][] = [
  ['a story', articleQueries.detail('1001'), 'articles/1001.json'],
  ['a story’s address', articleQueries.address('1002'), 'articles/1002.json'],
  ['the stories related to a story', articleQueries.related('1001'), 'related/1001.json'],
  ['an edition’s latest stories', feedQueries.head(LATEST), 'ru/latest.json'],
  ['a page of the edition’s archive', feedQueries.page(LATEST, 3), 'ru/latest/3.json'],
  ['a rubric’s newest stories', feedQueries.head(POLITICS), 'ky/rubrics/politics.json'],
  ['a page of a rubric’s archive', feedQueries.page(POLITICS, 1), 'ky/rubrics/politics/1.json'],
  ['a tag’s newest stories', feedQueries.head(TAG), 'ru/tags/ois.json'],
  ['a page of a tag’s archive', feedQueries.page(TAG, 2), 'ru/tags/ois/2.json'],
];

describe('knownQuery', () => {
  it.each(QUERIES)('finds the file of %s by its key', (_name, { queryKey }, file) => {
    expect(knownQuery(queryKey)?.file).toBe(file);
  });

  it.each(QUERIES)('names for %s the very file the browser fetches', async (_name, query, file) => {
    const fetchMock = stubFetch(() => Promise.resolve(new Response('down', { status: 503 })));
    await createTestQueryClient()
      .query(query)
      .catch(() => undefined);
    expect(fetchMock.mock.calls.map(([input]) => requestUrl(input))).toEqual([`/api/v1/${file}`]);
  });

  it('checks each kind’s data with its own schema', () => {
    const schemaOf = (key: QueryKey) => knownQuery(key)?.schema ?? v.never();
    const story = schemaOf(articleQueries.detail('1001').queryKey);
    expect(v.is(story, article1001)).toBe(true);
    expect(v.is(story, feedHeadFixture('ru'))).toBe(false);
    // The address keeps the story's address alone, whatever else the file holds.
    expect(v.parse(schemaOf(articleQueries.address('1002').queryKey), article1002)).toEqual({
      id: '1002',
      lang: 'ky',
      slug: article1002.slug,
    });
    const related = schemaOf(articleQueries.related('1001').queryKey);
    expect(v.is(related, { items: [feedItemFixture()] })).toBe(true);
    expect(v.is(related, [feedItemFixture()])).toBe(false);
    const head = schemaOf(feedQueries.head(LATEST).queryKey);
    expect(v.is(head, feedHeadFixture('ru', { older: 2 }))).toBe(true);
    expect(v.is(head, { lang: 'ru' })).toBe(false);
    const page = schemaOf(feedQueries.page(LATEST, 2).queryKey);
    expect(v.is(page, feedPageFixture('ru', { page: 2, older: 1 }))).toBe(true);
    // A head is no page: it does not say which page it is.
    expect(v.is(page, feedHeadFixture('ru'))).toBe(false);
  });

  it('says what a missing file means, where it means something', () => {
    const missing = (key: QueryKey) => knownQuery(key)?.whenMissing();
    // A rubric or a tag without stories yet has no head: its feed is empty.
    expect(missing(feedQueries.head(POLITICS).queryKey)).toEqual({ lang: 'ky', items: [] });
    expect(missing(feedQueries.head(TAG).queryKey)).toEqual({ lang: 'ru', items: [] });
    // A story the build chose no related stories for has none.
    expect(missing(articleQueries.related('1001').queryKey)).toEqual({ items: [] });
    // Anything else missing is missing: a story, an edition's latest stories, a page.
    expect(missing(articleQueries.detail('1001').queryKey)).toBeUndefined();
    expect(missing(articleQueries.address('1001').queryKey)).toBeUndefined();
    expect(missing(feedQueries.head(LATEST).queryKey)).toBeUndefined();
    expect(missing(feedQueries.page(POLITICS, 2).queryKey)).toBeUndefined();
  });

  it.each([
    [['articles']],
    [['articles', 'detail']],
    [['articles', 'detail', 1001]],
    [['articles', 'detail', '']],
    [['articles', 'detail', '1001', 'x']],
    [['articles', 'comments', '1001']],
    [['feeds']],
    [['feeds', 'ru']],
    [['feeds', 'ru', 'latest']],
    // The keys of the old pages-only contract.
    [['feeds', 'ru', 'latest', 1]],
    [['feeds', 'ru', 'rubrics', 'politics', 1]],
    [['feeds', 'ru', 'related', '1001']],
    [['feeds', 'en', 'latest', 'head']],
    [['feeds', 'ru', 'rubrics', 'politika', 'head']],
    [['feeds', 'ru', 'tags', '', 'head']],
    [['feeds', 'ru', 'latest', 'head', 'x']],
    [['feeds', 'ru', 'latest', 'page']],
    [['feeds', 'ru', 'latest', 'page', 0]],
    [['feeds', 'ru', 'latest', 'page', 1.5]],
    [['feeds', 'ru', 'latest', 'page', '2']],
    [['feeds', 'ru', 'rubrics', 'politics', 'page', 2, 'x']],
    [['theme']],
  ])('knows no query %j', (key) => {
    expect(knownQuery(key)).toBeUndefined();
  });
});

describe('a kind’s params', () => {
  it('are read back from the keys the kind makes, and from no other', () => {
    expect(addressKind.paramsOf(articleQueries.address('1002').queryKey)).toBe('1002');
    expect(addressKind.paramsOf(articleQueries.detail('1002').queryKey)).toBeUndefined();
    expect(addressKind.paramsOf(['articles', 'address'])).toBeUndefined();
    expect(addressKind.paramsOf(['articles', 'address', 1002])).toBeUndefined();
    expect(addressKind.paramsOf(['feeds', 'address', '1002'])).toBeUndefined();
    expect(feedHeadKind.paramsOf(feedQueries.head(TAG).queryKey)).toEqual(TAG);
    expect(feedHeadKind.paramsOf(feedQueries.page(TAG, 1).queryKey)).toBeUndefined();
  });
});

describe('fetchKind', () => {
  it('fetches the kind’s file and checks it with the kind’s schema', async () => {
    const related = { items: [feedItemFixture({ id: '3001' })] };
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(related)));
    await expect(fetchKind(relatedKind, '1001')).resolves.toEqual(related);
    expect(requestUrl(fetchMock.mock.calls[0]?.[0] ?? '')).toBe('/api/v1/related/1001.json');
    stubFetch(() => Promise.resolve(jsonResponse([feedItemFixture()])));
    await expect(fetchKind(relatedKind, '1001')).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('reads a missing file as its kind says, or fails with not-found', async () => {
    stubFetch(notFound);
    await expect(fetchKind(relatedKind, '1001')).resolves.toEqual({ items: [] });
    await expect(fetchKind(feedHeadKind, POLITICS)).resolves.toEqual({ lang: 'ky', items: [] });
    await expect(fetchKind(feedHeadKind, LATEST)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('lets other failures through, even where a missing file means something', async () => {
    stubFetch(() => Promise.resolve(new Response('down', { status: 503 })));
    await expect(fetchKind(relatedKind, '1001')).rejects.toMatchObject({ kind: 'server' });
    await expect(fetchKind(feedHeadKind, POLITICS)).rejects.toMatchObject({ kind: 'server' });
  });
});
