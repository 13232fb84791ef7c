import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleQueries } from '../features/articles/api/article-queries.ts';
import { feedQueries } from '../features/articles/api/feed-queries.ts';
import type { Feed } from '../shared/contract/api-files.ts';
import {
  article1001,
  feedHeadFixture,
  feedItemFixture,
  feedPageFixture,
} from '../test/article-fixtures.ts';
import {
  hydrateQueries,
  hydrationStateOf,
  PAGE_DATA_ID,
  parsePageData,
  queriesOf,
  isRenderedFor,
  readPageData,
  serializePageData,
  servedAt,
} from './page-data.ts';

afterEach(() => {
  document.body.replaceChildren();
});

const LATEST: Feed = { lang: 'ru', kind: 'latest' };

function embed(text: string) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = PAGE_DATA_ID;
  script.textContent = text;
  document.body.append(script);
}

describe('page data', () => {
  it('round-trips the cache’s stories and feeds into another client', () => {
    const server = new QueryClient();
    server.setQueryData(articleQueries.detail('1001').queryKey, article1001, { updatedAt: 42 });
    const hydratedAt = Date.now();
    const head = feedHeadFixture('ru', { older: 2 });
    server.setQueryData(feedQueries.head(LATEST).queryKey, head);
    const page = feedPageFixture('ru', { page: 2, older: 1 });
    server.setQueryData(feedQueries.page(LATEST, 2).queryKey, page);
    const address = { id: '1002', lang: 'ky' as const, slug: 'translation' };
    server.setQueryData(articleQueries.address('1002').queryKey, address);
    const related = { items: [feedItemFixture({ id: '3001' })] };
    server.setQueryData(articleQueries.related('1001').queryKey, related);
    const text = serializePageData({
      pathname: '/ru/news/1001/slug',
      router: { loaderData: { article: null }, errors: null },
      queries: queriesOf(server),
    });
    embed(text);

    const data = readPageData(document);
    expect(data).toBeDefined();
    if (!data) return;
    const client = new QueryClient();
    hydrateQueries(client, data, hydratedAt - 90_000);
    expect(client.getQueryData(articleQueries.detail('1001').queryKey)).toEqual(article1001);
    // As old as the page served: a page made a minute and a half ago is asked again.
    expect(client.getQueryState(articleQueries.detail('1001').queryKey)?.dataUpdatedAt).toBe(
      hydratedAt - 90_000,
    );
    expect(client.getQueryData(feedQueries.head(LATEST).queryKey)).toEqual(head);
    expect(client.getQueryData(feedQueries.page(LATEST, 2).queryKey)).toEqual(page);
    expect(client.getQueryData(articleQueries.address('1002').queryKey)).toEqual(address);
    expect(client.getQueryData(articleQueries.related('1001').queryKey)).toEqual(related);
    expect(hydrationStateOf(data)).toEqual({ loaderData: { article: null }, errors: null });
  });

  it('dates the page by its Last-Modified, never later than now, else now', () => {
    const now = Date.parse('2026-12-07T06:00:00Z');
    expect(servedAt({ lastModified: '12/07/2026 05:58:30' }, now)).toBe(
      new Date('12/07/2026 05:58:30').getTime(),
    );
    expect(servedAt({ lastModified: '12/08/2026 05:58:30' }, now)).toBe(now);
    expect(servedAt({ lastModified: '' }, now)).toBe(now);
  });

  it('carries only the settled queries of kinds the app knows', async () => {
    const server = new QueryClient();
    server.setQueryData(articleQueries.detail('1001').queryKey, article1001);
    server.setQueryData(['reader', 'theme'], 'dark');
    await server
      .query({
        queryKey: articleQueries.detail('9999').queryKey,
        queryFn: () => Promise.reject(new Error('not found')),
      })
      .catch(() => undefined);
    expect(queriesOf(server)).toEqual([
      { key: articleQueries.detail('1001').queryKey, data: article1001 },
    ]);
  });

  it('hydrates only at the address it was rendered for', () => {
    embed(
      serializePageData({
        pathname: '/ru/',
        router: { loaderData: {}, errors: null },
        queries: [],
      }),
    );
    const data = readPageData(document);
    expect(data).toBeDefined();
    if (!data) return;
    expect(isRenderedFor(data, '/ru/')).toBe(true);
    expect(isRenderedFor(data, '/ru/index.html')).toBe(false);
    expect(isRenderedFor(data, '/ru')).toBe(false);
  });

  it('cannot close its script element, whatever the stories say', () => {
    const text = serializePageData({ title: '</script><script>alert(1)</script><!--' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ title: '</script><script>alert(1)</script><!--' });
  });

  /** The text of a front page's data carrying one query. */
  const carrying = (query: unknown) =>
    JSON.stringify({
      pathname: '/ru/',
      router: { loaderData: {}, errors: null },
      queries: [query],
    });

  it('rejects data of the wrong shape, naming the field', () => {
    const bad = carrying({ key: ['articles', 'detail', 'x'], data: { id: 'x' } });
    expect(() => parsePageData(bad)).toThrow(/The page's data is invalid: queries\.0\.data/);
  });

  it.each([
    [['articles', 'comments', '1001']],
    // A feed page's key of the old contract, which had no heads.
    [['feeds', 'ru', 'latest', 1]],
    [['feeds', 'ru', 'related', '1001']],
    [['theme']],
  ])('rejects the query %j, of no kind the app knows', (key) => {
    const unknown = carrying({ key, data: feedPageFixture('ru') });
    expect(() => parsePageData(unknown)).toThrow(/queries\.0: no such query/);
  });

  it('checks each query’s data with its own kind’s schema', () => {
    // An address where the story belongs.
    const address = { id: '1002', lang: 'ky', slug: 'translation' };
    expect(() =>
      parsePageData(carrying({ key: articleQueries.detail('1002').queryKey, data: address })),
    ).toThrow(/queries\.0\.data/);
    // A head where a page of the archive belongs: it does not say which page it is.
    const head = feedHeadFixture('ru');
    expect(() =>
      parsePageData(carrying({ key: feedQueries.page(LATEST, 1).queryKey, data: head })),
    ).toThrow(/queries\.0\.data\.page/);
    // Related stories are a list under `items`.
    const related = [feedItemFixture()];
    expect(() =>
      parsePageData(carrying({ key: articleQueries.related('1001').queryKey, data: related })),
    ).toThrow(/queries\.0\.data/);
  });

  it('keeps of a story under an address key only its address', () => {
    const data = parsePageData(
      carrying({ key: articleQueries.address('1001').queryKey, data: article1001 }),
    );
    expect(data.queries[0]?.data).toEqual({
      id: '1001',
      lang: 'ru',
      slug: article1001.slug,
    });
  });

  it('rejects an address that is not one', () => {
    const bad = carrying({
      key: ['articles', 'address', '1002'],
      data: { id: '1002', lang: 'ky', slug: '../../etc' },
    });
    expect(() => parsePageData(bad)).toThrow(/queries\.0\.data\.slug/);
  });

  it('is absent, and the app renders afresh, when the page carries none or broken data', () => {
    expect(readPageData(document)).toBeUndefined();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    embed('{ not json');
    expect(readPageData(document)).toBeUndefined();
    expect(error).toHaveBeenCalledOnce();
  });
});
