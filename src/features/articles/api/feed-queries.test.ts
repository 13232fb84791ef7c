import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedPageFixture } from '../../../test/article-fixtures.ts';
import { jsonResponse, stubFetch } from '../../../test/browser.ts';
import { createTestQueryClient } from '../../../test/render.tsx';
import { FeedPageSchema } from '../model/feed-schema.ts';
import { feedQueries } from './feed-queries.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const notFound = () => Promise.resolve(new Response('not found', { status: 404 }));

describe('feedQueries keys', () => {
  it('go from the general to the specific', () => {
    expect(feedQueries.latest('ru', 2).queryKey).toEqual(['feeds', 'ru', 'latest', 2]);
    expect(feedQueries.rubric('ky', 'culture', 3).queryKey).toEqual([
      'feeds',
      'ky',
      'rubrics',
      'culture',
      3,
    ]);
    expect(feedQueries.tag('ru', 'ois', 1).queryKey).toEqual(['feeds', 'ru', 'tags', 'ois', 1]);
  });

  it('keep every feed of an edition under the edition’s key', () => {
    const edition = feedQueries.edition('ru');
    for (const { queryKey } of [
      feedQueries.latest('ru', 1),
      feedQueries.rubric('ru', 'politics', 1),
      feedQueries.tag('ru', 'ois', 1),
    ]) {
      expect(queryKey.slice(0, edition.length)).toEqual(edition);
    }
  });

  it('tell rubrics, tags, editions and pages apart', () => {
    const keys = [
      feedQueries.rubric('ru', 'sport', 1),
      feedQueries.rubric('ru', 'sport', 2),
      feedQueries.rubric('ky', 'sport', 1),
      feedQueries.rubric('ru', 'world', 1),
      feedQueries.tag('ru', 'sport', 1),
      feedQueries.latest('ru', 1),
    ].map(({ queryKey }) => JSON.stringify(queryKey));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('feedQueries fetching', () => {
  it('loads a rubric’s page from the edition’s rubric feed', async () => {
    const page = feedPageFixture('ky', { page: 2, pageCount: 2 });
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(page)));
    const client = createTestQueryClient();
    await expect(client.query(feedQueries.rubric('ky', 'economy', 2))).resolves.toEqual(page);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/ky/rubrics/economy/2.json');
  });

  it('loads a tag’s page from the edition’s tag feed, escaping the key', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(feedPageFixture('ru'))));
    const client = createTestQueryClient();
    await client.query(feedQueries.tag('ru', 'ois', 1));
    await client.query(feedQueries.tag('ru', 'a/b', 1));
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual([
      '/api/v1/ru/tags/ois/1.json',
      '/api/v1/ru/tags/a%2Fb/1.json',
    ]);
  });

  it('reads the missing first page of a rubric or tag as a feed with no stories yet', async () => {
    stubFetch(notFound);
    const client = createTestQueryClient();
    const empty = { page: 1, pageCount: 1, total: 0, items: [] };
    await expect(client.query(feedQueries.rubric('ky', 'sport', 1))).resolves.toMatchObject({
      lang: 'ky',
      ...empty,
    });
    const tag = await client.query(feedQueries.tag('ru', 'ois', 1));
    expect(tag).toMatchObject({ lang: 'ru', ...empty });
    // It is a page like any other the API sends.
    expect(v.is(FeedPageSchema, tag)).toBe(true);
  });

  it('keeps a missing later page an error: it is past the end', async () => {
    stubFetch(notFound);
    const client = createTestQueryClient();
    await expect(client.query(feedQueries.rubric('ru', 'sport', 2))).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(client.query(feedQueries.tag('ru', 'ois', 3))).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('lets other failures of a first page through', async () => {
    stubFetch(() => Promise.resolve(new Response('down', { status: 503 })));
    const client = createTestQueryClient();
    await expect(client.query(feedQueries.rubric('ru', 'sport', 1))).rejects.toMatchObject({
      kind: 'server',
    });
  });
});
