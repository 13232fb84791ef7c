import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedItemFixture } from '../../test/article-fixtures.ts';
import { jsonResponse, requestUrl, stubFetch } from '../../test/browser.ts';
import { fetchBreakingNews } from './breaking-queries.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchBreakingNews', () => {
  it('asks for the edition’s file and keeps only the stories whose hours are not over', async () => {
    const fetchMock = stubFetch(() =>
      Promise.resolve(
        jsonResponse({
          lang: 'ru',
          items: [
            { ...feedItemFixture({ id: '2' }), until: '2026-12-07T09:00:00Z' },
            { ...feedItemFixture({ id: '1' }), until: '2026-12-07T07:00:00Z' },
          ],
        }),
      ),
    );
    const news = await fetchBreakingNews('ru', undefined, () => Date.parse('2026-12-07T08:00:00Z'));
    expect(requestUrl(fetchMock.mock.calls[0]?.[0] ?? '')).toBe('/api/v1/ru/breaking.json');
    expect(news.items.map((item) => item.id)).toEqual(['2']);
  });

  it('reads a missing file as no breaking news', async () => {
    stubFetch(() => Promise.resolve(new Response('', { status: 404 })));
    await expect(fetchBreakingNews('ky')).resolves.toEqual({ lang: 'ky', items: [] });
  });
});
