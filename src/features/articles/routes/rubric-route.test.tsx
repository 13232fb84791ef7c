import { screen, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { feedItemFixture, feedPageFixture } from '../../../test/article-fixtures.ts';
import { jsonResponse, stubFetch } from '../../../test/browser.ts';
import { loaderArgs } from '../../../test/loader-args.ts';
import { createTestQueryClient, renderWithProviders } from '../../../test/render.tsx';
import { redirectOf, statusOf, thrownBy } from '../../../test/route-results.ts';
import { feedQueries } from '../api/feed-queries.ts';
import { rubricLoader, RubricRoute } from './rubric-route.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const notFoundResponse = () => Promise.resolve(new Response('not found', { status: 404 }));

function load(
  params: { lang?: string; rubric?: string; page?: string },
  client = createTestQueryClient(),
) {
  const base = `/${params.lang ?? ''}/rubric/${params.rubric ?? ''}`;
  const path = params.page === undefined ? base : `${base}/page/${params.page}`;
  return rubricLoader(client)(loaderArgs(path, '/:lang/rubric/:rubric/page/:page', params));
}

describe('rubricLoader', () => {
  it('loads the page from the cache', async () => {
    const client = createTestQueryClient();
    client.setQueryData(feedQueries.rubric('ru', 'politics', 2).queryKey, feedPageFixture('ru'));
    const fetchMock = stubFetch(() => Promise.reject(new Error('must not be called')));
    await expect(load({ lang: 'ru', rubric: 'politics', page: '2' }, client)).resolves.toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches the edition’s rubric feed when it is not cached', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(feedPageFixture('ky'))));
    const client = createTestQueryClient();
    await expect(load({ lang: 'ky', rubric: 'culture' }, client)).resolves.toBeNull();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/ky/rubrics/culture/1.json');
    expect(client.getQueryData(feedQueries.rubric('ky', 'culture', 1).queryKey)).toEqual(
      feedPageFixture('ky'),
    );
  });

  it('lets a rubric with no stories yet through, as an empty first page', async () => {
    stubFetch(notFoundResponse);
    const client = createTestQueryClient();
    await expect(load({ lang: 'ru', rubric: 'sport' }, client)).resolves.toBeNull();
    expect(client.getQueryData(feedQueries.rubric('ru', 'sport', 1).queryKey)).toMatchObject({
      total: 0,
      items: [],
    });
  });

  it.each(['ru', 'ky'])('replaces /%s/rubric/…/page/1 with the rubric’s address', async (lang) => {
    const fetchMock = stubFetch(() => Promise.reject(new Error('must not be called')));
    const thrown = await thrownBy(() => load({ lang, rubric: 'economy', page: '1' }));
    expect(redirectOf(thrown)).toEqual({
      status: 302,
      location: `/${lang}/rubric/economy`,
      replace: true,
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each(['politika', 'Politics', 'latest', ''])(
    'answers 404 for the rubric %j',
    async (rubric) => {
      const fetchMock = stubFetch(() => Promise.reject(new Error('must not be called')));
      expect(statusOf(await thrownBy(() => load({ lang: 'ru', rubric })))).toBe(404);
      expect(fetchMock).not.toHaveBeenCalled();
    },
  );

  it.each(['abc', '0', '-1', '01'])('answers 404 for page %j', async (page) => {
    expect(statusOf(await thrownBy(() => load({ lang: 'ru', rubric: 'world', page })))).toBe(404);
  });

  it('answers 404 for an unknown edition', async () => {
    expect(statusOf(await thrownBy(() => load({ lang: 'en', rubric: 'world' })))).toBe(404);
  });

  it('answers 404 for a page past the end', async () => {
    stubFetch(notFoundResponse);
    const thrown = await thrownBy(() => load({ lang: 'ru', rubric: 'world', page: '7' }));
    expect(statusOf(thrown)).toBe(404);
  });

  it('lets other failures through', async () => {
    stubFetch(() => Promise.resolve(jsonResponse({ lang: 'ru' })));
    expect(await thrownBy(() => load({ lang: 'ru', rubric: 'world' }))).toMatchObject({
      kind: 'invalid',
    });
  });
});

describe('RubricRoute', () => {
  function renderRubric(path: string, client: QueryClient, lang: Lang = 'ru') {
    return renderWithProviders(
      {
        routes: [
          {
            path: '/:lang/rubric/:rubric',
            loader: rubricLoader(client),
            element: <RubricRoute />,
            hydrateFallbackElement: <p>Загрузка</p>,
          },
          {
            path: '/:lang/rubric/:rubric/page/:page',
            loader: rubricLoader(client),
            element: <RubricRoute />,
            hydrateFallbackElement: <p>Загрузка</p>,
          },
        ],
      },
      { lang, initialEntries: [path], queryClient: client },
    );
  }

  it('names the page after the rubric and lists its stories with pagination', async () => {
    const client = createTestQueryClient();
    const items = [
      feedItemFixture({ id: '3002', slug: 'byudzhet', title: 'Парламент принял бюджет' }),
      feedItemFixture({ id: '3001', slug: 'nalogi', title: 'Налоги снизят' }),
    ];
    client.setQueryData(
      feedQueries.rubric('ru', 'economy', 1).queryKey,
      feedPageFixture('ru', { items, pageCount: 2 }),
    );
    renderRubric('/ru/rubric/economy', client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Экономика' })).toBeInTheDocument();
    expect(document.title).toBe('Экономика — Новости Кыргызстана');
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Парламент принял бюджет', 'Налоги снизят']);
    const pages = screen.getByRole('navigation', { name: 'Страницы новостей' });
    expect(within(pages).getByText('Страница 1 из 2')).toBeInTheDocument();
    expect(within(pages).getByRole('link', { name: 'Более ранние' })).toHaveAttribute(
      'href',
      '/ru/rubric/economy/page/2',
    );
  });

  it('names an older page by its number, in Kyrgyz too, and leads back to the first', async () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.rubric('ky', 'sport', 2).queryKey,
      feedPageFixture('ky', { page: 2, pageCount: 2 }),
    );
    renderRubric('/ky/rubric/sport/page/2', client, 'ky');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Спорт, 2-бет' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Спорт, 2-бет — Кыргызстан жаңылыктары');
    expect(screen.getByRole('link', { name: 'Жаңыраактары' })).toHaveAttribute(
      'href',
      '/ky/rubric/sport',
    );
  });

  it('says so when the rubric has no stories yet', async () => {
    stubFetch(notFoundResponse);
    renderRubric('/ru/rubric/world', createTestQueryClient());
    expect(await screen.findByRole('heading', { level: 1, name: 'В мире' })).toBeInTheDocument();
    expect(
      screen.getByText('В этой рубрике пока нет новостей. Загляните чуть позже.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('says so in Kyrgyz too', async () => {
    stubFetch(notFoundResponse);
    renderRubric('/ky/rubric/culture', createTestQueryClient(), 'ky');
    expect(
      await screen.findByText('Азырынча бул рубрикада жаңылык жок. Бир аздан кийин кайра кириңиз.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Маданият' })).toBeInTheDocument();
  });
});
