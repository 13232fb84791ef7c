import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedItemFixture, feedPageFixture } from '../../../test/article-fixtures.ts';
import { jsonResponse, requestUrl, stubFetch } from '../../../test/browser.ts';
import { relatedFeeds, relatedQueries } from './related-queries.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('relatedFeeds', () => {
  it('names the rubric’s feed and the first two tags’ feeds', () => {
    expect(relatedFeeds({ rubric: 'politics', tags: ['ОИС', 'МИД', 'Абиджан'] })).toEqual([
      { kind: 'rubrics', key: 'politics' },
      { kind: 'tags', key: 'ois' },
      { kind: 'tags', key: 'mid' },
    ]);
  });

  it('names a feed once for two tags with the same key', () => {
    expect(relatedFeeds({ tags: ['Ош', 'ОШ'] })).toEqual([{ kind: 'tags', key: 'osh' }]);
  });

  it('names nothing for a story with neither rubric nor tags', () => {
    expect(relatedFeeds({})).toEqual([]);
    expect(relatedFeeds({ tags: [] })).toEqual([]);
  });
});

describe('relatedQueries.of', () => {
  const story = { id: '10', translations: { ky: '11' }, rubric: 'sport' as const, tags: ['Ош'] };

  it('is keyed by edition and story, below the edition’s feeds', () => {
    expect(relatedQueries.of('ky', story).queryKey).toEqual(['feeds', 'ky', 'related', '10']);
  });

  it('asks the edition’s feeds and keeps what the others have when one fails', async () => {
    const fetchMock = stubFetch((input) =>
      Promise.resolve(
        requestUrl(input).includes('/tags/')
          ? new Response('down', { status: 503 })
          : jsonResponse(
              feedPageFixture('ky', {
                items: [feedItemFixture({ id: '12', lang: 'ky' }), feedItemFixture({ id: '11' })],
              }),
            ),
      ),
    );
    const items = await new QueryClient().query({
      ...relatedQueries.of('ky', story),
      retry: false,
    });
    expect(fetchMock.mock.calls.map(([input]) => requestUrl(input)).sort()).toEqual([
      '/api/v1/ky/rubrics/sport/1.json',
      '/api/v1/ky/tags/osh/1.json',
    ]);
    // Never the story's own translation.
    expect(items.map((item) => item.id)).toEqual(['12']);
  });

  it('fails only when every feed fails', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(
      new QueryClient().query({ ...relatedQueries.of('ru', story), retry: false }),
    ).rejects.toThrow();
  });
});
