import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { article1002, feedItemFixture } from '../../../test/article-fixtures.ts';
import { jsonResponse, stubFetch } from '../../../test/browser.ts';
import { createTestQueryClient } from '../../../test/render.tsx';
import { isApiError } from '../../../shared/api/api-error.ts';
import { addressQuery, articleQueries } from './article-queries.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const ADDRESS = { id: '1002', lang: 'ky', slug: article1002.slug } as const;

describe('articleQueries.address', () => {
  it('loads the story and keeps its address alone', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(article1002)));
    const client = createTestQueryClient();
    await expect(client.query(articleQueries.address('1002'))).resolves.toEqual(ADDRESS);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/articles/1002.json');
    // Only the address is kept: the page that links to the story does not hold it whole.
    expect(client.getQueryData(articleQueries.detail('1002').queryKey)).toBeUndefined();
  });

  it('takes the address of a story already in the cache at once, without a request', () => {
    const fetchMock = stubFetch(() => Promise.reject(new Error('offline')));
    const client = createTestQueryClient();
    client.setQueryData(articleQueries.detail('1002').queryKey, article1002);
    const observer = new QueryObserver(client, addressQuery(client, '1002'));
    // On the first render already: the link is right before anything settles.
    expect(observer.getCurrentResult().data).toEqual(ADDRESS);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('loads the address when the cache does not hold the story', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(article1002)));
    const client = createTestQueryClient();
    await expect(client.query(addressQuery(client, '1002'))).resolves.toEqual(ADDRESS);
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('fails as the story would: an invalid story gives no address', async () => {
    stubFetch(() => Promise.resolve(jsonResponse({ ...article1002, slug: 'Not A Slug' })));
    const client = createTestQueryClient();
    const failure: unknown = await client
      .query(articleQueries.address('1002'))
      .catch((error: unknown) => error);
    expect(isApiError(failure) && failure.kind).toBe('invalid');
  });
});

describe('articleQueries.related', () => {
  const related = {
    items: [
      feedItemFixture({ id: '3001', title: 'Парламент принял бюджет' }),
      feedItemFixture({ id: '3002', lang: 'ky', title: 'Бюджет кабыл алынды' }),
    ],
  };

  it('loads the stories the build chose for a story, from the story’s own file', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(related)));
    const client = createTestQueryClient();
    await expect(client.query(articleQueries.related('1002'))).resolves.toEqual(related);
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual(['/api/v1/related/1002.json']);
  });

  it('reads a missing file as no related stories', async () => {
    stubFetch(() => Promise.resolve(new Response('not found', { status: 404 })));
    const client = createTestQueryClient();
    await expect(client.query(articleQueries.related('1002'))).resolves.toEqual({ items: [] });
  });

  it('rejects a list in another shape, and lets other failures through', async () => {
    stubFetch(() => Promise.resolve(jsonResponse(related.items)));
    const client = createTestQueryClient();
    await expect(client.query(articleQueries.related('1002'))).rejects.toMatchObject({
      kind: 'invalid',
    });
    stubFetch(() => Promise.resolve(new Response('down', { status: 503 })));
    await expect(client.query(articleQueries.related('1003'))).rejects.toMatchObject({
      kind: 'server',
    });
  });

  it('is keyed apart from the story and its address', () => {
    const keys = [
      articleQueries.detail('1002'),
      articleQueries.address('1002'),
      articleQueries.related('1002'),
    ].map(({ queryKey }) => JSON.stringify(queryKey));
    expect(new Set(keys).size).toBe(3);
    expect(articleQueries.related('1002').queryKey).toEqual(['articles', 'related', '1002']);
  });
});
