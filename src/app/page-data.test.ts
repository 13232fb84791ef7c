import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleQueries } from '../features/articles/api/article-queries.ts';
import { article1001, feedPageFixture } from '../test/article-fixtures.ts';
import {
  hydrateQueries,
  hydrationStateOf,
  PAGE_DATA_ID,
  parsePageData,
  queriesOf,
  isRenderedFor,
  readPageData,
  serializePageData,
} from './page-data.ts';

afterEach(() => {
  document.body.replaceChildren();
});

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
    server.setQueryData(['feeds', 'ru', 'latest', 1], feedPageFixture('ru'));
    const address = { id: '1002', lang: 'ky' as const, slug: 'translation' };
    server.setQueryData(articleQueries.address('1002').queryKey, address);
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
    hydrateQueries(client, data);
    expect(client.getQueryData(articleQueries.detail('1001').queryKey)).toEqual(article1001);
    // As fresh as the page just served, not as old as the build.
    expect(
      client.getQueryState(articleQueries.detail('1001').queryKey)?.dataUpdatedAt,
    ).toBeGreaterThanOrEqual(hydratedAt);
    expect(client.getQueryData(['feeds', 'ru', 'latest', 1])).toEqual(feedPageFixture('ru'));
    expect(client.getQueryData(articleQueries.address('1002').queryKey)).toEqual(address);
    expect(hydrationStateOf(data)).toEqual({ loaderData: { article: null }, errors: null });
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
    const bad = carrying({ kind: 'article', key: ['articles'], data: { id: 'x' } });
    expect(() => parsePageData(bad)).toThrow(/The page's data is invalid: queries\.0\.data/);
  });

  it('rejects a query whose key is not its kind’s', () => {
    const misplaced = carrying({
      kind: 'address',
      key: ['articles', 'detail', '1002'],
      data: { id: '1002', lang: 'ky', slug: 'translation' },
    });
    expect(() => parsePageData(misplaced)).toThrow(/queries\.0: its key is not its kind's/);
  });

  it('rejects an address that is not one', () => {
    const bad = carrying({
      kind: 'address',
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
