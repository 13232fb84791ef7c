import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedItemFixture, feedPageFixture } from '../../../test/article-fixtures.ts';
import { jsonResponse, stubFetch } from '../../../test/browser.ts';
import { loaderArgs } from '../../../test/loader-args.ts';
import { createTestQueryClient, renderWithProviders } from '../../../test/render.tsx';
import { redirectOf, statusOf, thrownBy } from '../../../test/route-results.ts';
import { feedQueries } from '../api/feed-queries.ts';
import { latestLoader, LatestRoute } from './latest-route.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('latestLoader', () => {
  function load(params: { lang?: string; page?: string }, client = createTestQueryClient()) {
    const path = params.page === undefined ? `/${params.lang ?? ''}/` : `/x/page/${params.page}`;
    return latestLoader(client)(loaderArgs(path, '/:lang/page/:page', params));
  }

  it('loads the page from the cache', async () => {
    const client = createTestQueryClient();
    client.setQueryData(feedQueries.latest('ru', 2).queryKey, feedPageFixture('ru'));
    const fetchMock = stubFetch(() => Promise.reject(new Error('must not be called')));
    await expect(load({ lang: 'ru', page: '2' }, client)).resolves.toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches the edition’s page when it is not cached', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(feedPageFixture('ky'))));
    const client = createTestQueryClient();
    await expect(load({ lang: 'ky' }, client)).resolves.toBeNull();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/ky/latest/1.json');
    expect(client.getQueryData(feedQueries.latest('ky', 1).queryKey)).toEqual(
      feedPageFixture('ky'),
    );
  });

  it.each(['ru', 'ky'])('replaces /%s/page/1 with the front page', async (lang) => {
    const thrown = await thrownBy(() => load({ lang, page: '1' }));
    expect(redirectOf(thrown)).toEqual({ status: 302, location: `/${lang}/`, replace: true });
  });

  it.each(['abc', '0', '-1', '01'])('answers 404 for page %j', async (page) => {
    const thrown = await thrownBy(() => load({ lang: 'ru', page }));
    expect(statusOf(thrown)).toBe(404);
  });

  it('answers 404 for an unknown edition', async () => {
    expect(statusOf(await thrownBy(() => load({ lang: 'en' })))).toBe(404);
  });

  it('answers 404 for a page past the end', async () => {
    stubFetch(() => Promise.resolve(new Response('', { status: 404 })));
    expect(statusOf(await thrownBy(() => load({ lang: 'ru', page: '7' })))).toBe(404);
  });

  it('lets other failures through', async () => {
    stubFetch(() => Promise.resolve(jsonResponse({ lang: 'ru' })));
    expect(await thrownBy(() => load({ lang: 'ru' }))).toMatchObject({ kind: 'invalid' });
  });
});

describe('LatestRoute', () => {
  it('shows the front page with its heading and stories', async () => {
    const client = createTestQueryClient();
    const items = [feedItemFixture({ id: '1001', title: 'Дипломаты провели встречи' })];
    client.setQueryData(
      feedQueries.latest('ru', 1).queryKey,
      feedPageFixture('ru', { items, pageCount: 2 }),
    );
    renderWithProviders(
      { routes: [{ path: '/:lang/', element: <LatestRoute /> }] },
      { initialEntries: ['/ru/'], queryClient: client },
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Последние новости' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Дипломаты провели встречи' })).toBeInTheDocument();
    expect(screen.getByText('Страница 1 из 2')).toBeInTheDocument();
    expect(document.title).toBe('Последние новости — Новости Кыргызстана');
  });

  it('names an older page by its number, in Kyrgyz too', async () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.latest('ky', 2).queryKey,
      feedPageFixture('ky', { page: 2, pageCount: 2 }),
    );
    renderWithProviders(
      { routes: [{ path: '/:lang/page/:page', element: <LatestRoute /> }] },
      { lang: 'ky', initialEntries: ['/ky/page/2'], queryClient: client },
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Акыркы жаңылыктар, 2-бет' }),
    ).toBeInTheDocument();
  });
});
