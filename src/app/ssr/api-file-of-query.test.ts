import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleQueries } from '../../features/articles/api/article-queries.ts';
import { feedQueries } from '../../features/articles/api/feed-queries.ts';
import { apiFileOfQuery } from './api-file-of-query.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The API path the app's own query function fetches for a query, below the API base. */
async function fetchedPath(load: (client: QueryClient) => Promise<unknown>): Promise<string> {
  const fetched: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string) => {
      fetched.push(input);
      return Promise.resolve(new Response('{}', { status: 500 }));
    }),
  );
  await load(new QueryClient()).catch(() => undefined);
  return decodeURIComponent(fetched[0]?.replace(/^\/api\/v1\//, '') ?? '');
}

const story = articleQueries.detail('1001');
const editionPage = feedQueries.latest('ky', 3);
const rubricPage = feedQueries.rubric('ru', 'politics', 2);
const tagPage = feedQueries.tag('ky', 'тема-5', 1);

describe('apiFileOfQuery', () => {
  it.each([
    ['a story', story.queryKey, (client: QueryClient) => client.query(story)],
    ['an edition’s page', editionPage.queryKey, (client: QueryClient) => client.query(editionPage)],
    ['a rubric’s page', rubricPage.queryKey, (client: QueryClient) => client.query(rubricPage)],
    ['a tag’s page', tagPage.queryKey, (client: QueryClient) => client.query(tagPage)],
  ])('names the file the app fetches for %s', async (_name, queryKey, load) => {
    const file = apiFileOfQuery(queryKey);
    expect(file).toMatch(/\.json$/);
    expect(file).toBe(await fetchedPath(load));
  });

  it('knows nothing of other keys, nor of parts that could leave the API folder', () => {
    expect(apiFileOfQuery(['articles', 'detail', '..'])).toBeUndefined();
    expect(apiFileOfQuery(['articles', 'detail', 'a/b'])).toBeUndefined();
    expect(apiFileOfQuery(['feeds', 'ru', 'latest'])).toBeUndefined();
    expect(apiFileOfQuery(['settings'])).toBeUndefined();
  });
});
