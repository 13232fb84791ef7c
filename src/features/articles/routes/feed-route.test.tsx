import { act, fireEvent, screen, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Feed } from '../../../shared/contract/api-files.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { ROUTE_PATTERNS } from '../../../shared/lib/paths.ts';
import {
  feedHeadFixture,
  feedItemFixture,
  feedPageFixture,
} from '../../../test/article-fixtures.ts';
import { jsonResponse, requestUrl, stubFetch } from '../../../test/browser.ts';
import { loaderArgs } from '../../../test/loader-args.ts';
import { createTestQueryClient, renderWithProviders } from '../../../test/render.tsx';
import { statusOf, thrownBy } from '../../../test/route-results.ts';
import { feedQueries } from '../api/feed-queries.ts';
import { feedLoader, FeedRoute } from './feed-route.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const notFoundResponse = () => Promise.resolve(new Response('not found', { status: 404 }));
const noFetch = () => stubFetch(() => Promise.reject(new Error('must not be called')));

const RU_LATEST: Feed = { lang: 'ru', kind: 'latest' };
const KY_LATEST: Feed = { lang: 'ky', kind: 'latest' };

interface FeedParams {
  lang?: string;
  rubric?: string;
  page?: string;
}

/** Runs the loader for the address the params make, as the router would. */
function load(params: FeedParams, client = createTestQueryClient()) {
  const rubric = params.rubric === undefined ? '' : `/rubric/${params.rubric}`;
  const page = params.page === undefined ? '/' : `/page/${params.page}`;
  const pattern =
    params.rubric === undefined
      ? params.page === undefined
        ? ROUTE_PATTERNS.front
        : ROUTE_PATTERNS.latestPage
      : params.page === undefined
        ? ROUTE_PATTERNS.rubric
        : ROUTE_PATTERNS.rubricPage;
  const path = `/${params.lang ?? ''}${rubric}${page}`;
  return feedLoader(client)(loaderArgs(path, pattern, { ...params }));
}

describe('feedLoader: an edition’s latest stories', () => {
  it('loads the front page from the cache', async () => {
    const client = createTestQueryClient();
    client.setQueryData(feedQueries.head(RU_LATEST).queryKey, feedHeadFixture('ru'));
    const fetchMock = noFetch();
    await expect(load({ lang: 'ru' }, client)).resolves.toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches the edition’s newest stories when they are not cached', async () => {
    const head = feedHeadFixture('ky', { older: 4 });
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(head)));
    const client = createTestQueryClient();
    await expect(load({ lang: 'ky' }, client)).resolves.toBeNull();
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual(['/api/v1/ky/latest.json']);
    expect(client.getQueryData(feedQueries.head(KY_LATEST).queryKey)).toEqual(head);
  });

  it('loads a page of the archive by its number', async () => {
    const page = feedPageFixture('ru', { page: 3, newer: 4, older: 2 });
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(page)));
    const client = createTestQueryClient();
    await expect(load({ lang: 'ru', page: '3' }, client)).resolves.toBeNull();
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual(['/api/v1/ru/latest/3.json']);
    expect(client.getQueryData(feedQueries.page(RU_LATEST, 3).queryKey)).toEqual(page);
  });

  it.each(['ru', 'ky'])(
    'loads /%s/page/1 as the archive’s oldest page, not the front page',
    async (lang) => {
      const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(feedPageFixture('ru'))));
      // No redirect: the loader lets the address through.
      await expect(load({ lang, page: '1' })).resolves.toBeNull();
      expect(fetchMock.mock.calls.map(([input]) => input)).toEqual([
        `/api/v1/${lang}/latest/1.json`,
      ]);
    },
  );

  it.each(['abc', '0', '-1', '01', '1.5'])('answers 404 for page %j', async (page) => {
    const fetchMock = noFetch();
    expect(statusOf(await thrownBy(() => load({ lang: 'ru', page })))).toBe(404);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('answers 404 for an unknown edition', async () => {
    const fetchMock = noFetch();
    expect(statusOf(await thrownBy(() => load({ lang: 'en' })))).toBe(404);
    expect(statusOf(await thrownBy(() => load({ lang: 'en', page: '2' })))).toBe(404);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('answers 404 for a page past the end', async () => {
    stubFetch(notFoundResponse);
    expect(statusOf(await thrownBy(() => load({ lang: 'ru', page: '7' })))).toBe(404);
  });

  it('answers 404 when the API has no latest stories for the edition', async () => {
    stubFetch(notFoundResponse);
    expect(statusOf(await thrownBy(() => load({ lang: 'ru' })))).toBe(404);
  });

  it('lets other failures through', async () => {
    stubFetch(() => Promise.resolve(jsonResponse({ lang: 'ru' })));
    expect(await thrownBy(() => load({ lang: 'ru' }))).toMatchObject({ kind: 'invalid' });
  });
});

describe('feedLoader: a rubric’s stories', () => {
  it('loads the rubric’s page from the cache', async () => {
    const client = createTestQueryClient();
    const politics: Feed = { lang: 'ru', kind: 'rubrics', key: 'politics' };
    client.setQueryData(feedQueries.head(politics).queryKey, feedHeadFixture('ru'));
    client.setQueryData(feedQueries.page(politics, 2).queryKey, feedPageFixture('ru'));
    const fetchMock = noFetch();
    await expect(load({ lang: 'ru', rubric: 'politics' }, client)).resolves.toBeNull();
    await expect(load({ lang: 'ru', rubric: 'politics', page: '2' }, client)).resolves.toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches the edition’s rubric feed when it is not cached', async () => {
    const head = feedHeadFixture('ky', { older: 1 });
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(head)));
    const client = createTestQueryClient();
    await expect(load({ lang: 'ky', rubric: 'culture' }, client)).resolves.toBeNull();
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual([
      '/api/v1/ky/rubrics/culture.json',
    ]);
    expect(
      client.getQueryData(
        feedQueries.head({ lang: 'ky', kind: 'rubrics', key: 'culture' }).queryKey,
      ),
    ).toEqual(head);
  });

  it('loads a page of the rubric’s archive, page 1 included, at its own address', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(feedPageFixture('ru'))));
    await expect(load({ lang: 'ru', rubric: 'economy', page: '1' })).resolves.toBeNull();
    await expect(load({ lang: 'ru', rubric: 'economy', page: '2' })).resolves.toBeNull();
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual([
      '/api/v1/ru/rubrics/economy/1.json',
      '/api/v1/ru/rubrics/economy/2.json',
    ]);
  });

  it('lets a rubric with no stories yet through, as an empty feed', async () => {
    stubFetch(notFoundResponse);
    const client = createTestQueryClient();
    await expect(load({ lang: 'ru', rubric: 'sport' }, client)).resolves.toBeNull();
    expect(
      client.getQueryData(feedQueries.head({ lang: 'ru', kind: 'rubrics', key: 'sport' }).queryKey),
    ).toEqual({ lang: 'ru', items: [] });
  });

  it.each(['politika', 'Politics', 'latest', ''])(
    'answers 404 for the rubric %j',
    async (rubric) => {
      const fetchMock = noFetch();
      expect(statusOf(await thrownBy(() => load({ lang: 'ru', rubric })))).toBe(404);
      expect(fetchMock).not.toHaveBeenCalled();
    },
  );

  it.each(['abc', '0', '-1', '01'])('answers 404 for page %j', async (page) => {
    const fetchMock = noFetch();
    expect(statusOf(await thrownBy(() => load({ lang: 'ru', rubric: 'world', page })))).toBe(404);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('answers 404 for an unknown edition', async () => {
    expect(statusOf(await thrownBy(() => load({ lang: 'en', rubric: 'world' })))).toBe(404);
  });

  it('answers 404 for a page past the end, even of a rubric with no stories', async () => {
    stubFetch(notFoundResponse);
    const thrown = await thrownBy(() => load({ lang: 'ru', rubric: 'world', page: '7' }));
    expect(statusOf(thrown)).toBe(404);
    const first = await thrownBy(() => load({ lang: 'ru', rubric: 'world', page: '1' }));
    expect(statusOf(first)).toBe(404);
  });

  it('lets other failures through', async () => {
    stubFetch(() => Promise.resolve(jsonResponse({ lang: 'ru' })));
    expect(await thrownBy(() => load({ lang: 'ru', rubric: 'world' }))).toMatchObject({
      kind: 'invalid',
    });
  });
});

describe('FeedRoute', () => {
  function renderFeed(path: string, client: QueryClient, lang: Lang = 'ru') {
    const route = (path: string) => ({
      path,
      loader: feedLoader(client),
      element: <FeedRoute />,
      hydrateFallbackElement: <p>Загрузка</p>,
    });
    return renderWithProviders(
      {
        routes: [
          route(ROUTE_PATTERNS.front),
          route(ROUTE_PATTERNS.latestPage),
          route(ROUTE_PATTERNS.rubric),
          route(ROUTE_PATTERNS.rubricPage),
        ],
      },
      { lang, initialEntries: [path], queryClient: client },
    );
  }

  it('shows the front page with its heading, its stories and the way to older ones', async () => {
    const client = createTestQueryClient();
    const items = [feedItemFixture({ id: '1001', title: 'Дипломаты провели встречи' })];
    client.setQueryData(
      feedQueries.head(RU_LATEST).queryKey,
      feedHeadFixture('ru', { items, older: 5 }),
    );
    renderFeed('/ru/', client);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Последние новости' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Дипломаты провели встречи' })).toBeInTheDocument();
    expect(document.title).toBe('Последние новости — Новости Кыргызстана');
    const pages = screen.getByRole('navigation', { name: 'Страницы новостей' });
    expect(within(pages).getByRole('link', { name: 'Более ранние' })).toHaveAttribute(
      'href',
      '/ru/page/5',
    );
    expect(within(pages).queryByRole('link', { name: 'Более новые' })).not.toBeInTheDocument();
    // The front page is no numbered page of the archive.
    expect(within(pages).queryByText(/Страница/)).not.toBeInTheDocument();
  });

  it('holds stories published while it is open behind a button, and shows them on a tap', async () => {
    const client = createTestQueryClient();
    const key = feedQueries.head(RU_LATEST).queryKey;
    const older = [
      feedItemFixture({ id: '1002', title: 'Вторая новость' }),
      feedItemFixture({ id: '1001', title: 'Первая новость' }),
    ];
    client.setQueryData(key, feedHeadFixture('ru', { items: older }));
    const { user } = renderFeed('/ru/', client);
    await screen.findByRole('link', { name: 'Вторая новость' });
    const live = screen.getByRole('status');
    expect(live).toHaveTextContent('');

    const titles = () =>
      within(screen.getByRole('list'))
        .getAllByRole('link')
        .map((link) => link.textContent);
    const arrived = (ids: string[]) =>
      ids.map((id) => feedItemFixture({ id, title: `Новость ${id}` }));
    act(() => {
      client.setQueryData(
        key,
        feedHeadFixture('ru', { items: [...arrived(['1005', '1004', '1003']), ...older] }),
      );
    });
    const button = await screen.findByRole('button', { name: 'Показать 3 новые новости' });
    // Nothing moves under the reader: the list is as it was, the news told above it.
    expect(titles()).toEqual(['Вторая новость', 'Первая новость']);
    expect(live).toHaveTextContent('Опубликованы 3 новые новости.');

    await user.click(button);
    expect(titles()).toEqual([
      'Новость 1005',
      'Новость 1004',
      'Новость 1003',
      'Вторая новость',
      'Первая новость',
    ]);
    expect(screen.getByRole('link', { name: 'Новость 1005' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /Показать/ })).not.toBeInTheDocument();
    expect(live).toHaveTextContent('');

    act(() => {
      client.setQueryData(
        key,
        feedHeadFixture('ru', { items: [...arrived(['1006']), ...arrived(['1005'])] }),
      );
    });
    expect(
      await screen.findByRole('button', { name: 'Показать 1 новую новость' }),
    ).toBeInTheDocument();
    expect(live).toHaveTextContent('Опубликована 1 новая новость.');
  }, 15_000);

  it('counts new stories in Kyrgyz in the Kyrgyz edition', async () => {
    const client = createTestQueryClient();
    const key = feedQueries.head(KY_LATEST).queryKey;
    const first = feedItemFixture({ id: '2001', lang: 'ky', title: 'Биринчи жаңылык' });
    client.setQueryData(key, feedHeadFixture('ky', { items: [first] }));
    renderFeed('/ky/', client, 'ky');
    await screen.findByRole('link', { name: 'Биринчи жаңылык' });
    act(() => {
      client.setQueryData(
        key,
        feedHeadFixture('ky', {
          items: ['2006', '2005', '2004', '2003', '2002']
            .map((id) => feedItemFixture({ id, lang: 'ky', title: `Жаңылык ${id}` }))
            .concat(first),
        }),
      );
    });
    expect(
      await screen.findByRole('button', { name: '5 жаңы жаңылыкты көрсөтүү' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('5 жаңы жаңылык жарыяланды.');
  });

  it('offers no other page when the front page shows every story', async () => {
    const client = createTestQueryClient();
    client.setQueryData(feedQueries.head(RU_LATEST).queryKey, feedHeadFixture('ru'));
    renderFeed('/ru/', client);
    await screen.findByRole('heading', { level: 1, name: 'Последние новости' });
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('says so when the edition has no stories yet', async () => {
    const client = createTestQueryClient();
    client.setQueryData(feedQueries.head(KY_LATEST).queryKey, feedHeadFixture('ky', { items: [] }));
    renderFeed('/ky/', client, 'ky');
    expect(
      await screen.findByText('Азырынча бул жерде жаңылык жок. Бир аздан кийин кайра кириңиз.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('names an archive page by its number, in Kyrgyz too, with its neighbours', async () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.page(KY_LATEST, 2).queryKey,
      feedPageFixture('ky', { page: 2, newer: 3, older: 1 }),
    );
    renderFeed('/ky/page/2', client, 'ky');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Акыркы жаңылыктар, 2-бет' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Акыркы жаңылыктар, 2-бет — Кыргызстан жаңылыктары');
    const pages = screen.getByRole('navigation', { name: 'Жаңылыктардын беттери' });
    expect(within(pages).getByText('2-бет')).toBeInTheDocument();
    expect(within(pages).getByRole('link', { name: 'Жаңыраактары' })).toHaveAttribute(
      'href',
      '/ky/page/3',
    );
    expect(within(pages).getByRole('link', { name: 'Мурункулары' })).toHaveAttribute(
      'href',
      '/ky/page/1',
    );
  });

  it('shows page 1 as the archive’s oldest page, with no older one', async () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.page(RU_LATEST, 1).queryKey,
      feedPageFixture('ru', { page: 1, newer: 2 }),
    );
    renderFeed('/ru/page/1', client);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Последние новости, страница 1' }),
    ).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Страницы новостей' });
    expect(within(pages).getByText('Страница 1')).toBeInTheDocument();
    expect(within(pages).getByRole('link', { name: 'Более новые' })).toHaveAttribute(
      'href',
      '/ru/page/2',
    );
    expect(within(pages).queryByRole('link', { name: 'Более ранние' })).not.toBeInTheDocument();
  });

  it('leads from the newest archive page back to the front page', async () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.page(RU_LATEST, 4).queryKey,
      feedPageFixture('ru', { page: 4, older: 3 }),
    );
    renderFeed('/ru/page/4', client);
    const newer = await screen.findByRole('link', { name: 'Более новые' });
    expect(newer).toHaveAttribute('href', '/ru/');
  });

  it('fetches the page the reader points at ahead: an archive page, or the front page', async () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.page(RU_LATEST, 4).queryKey,
      feedPageFixture('ru', { page: 4, older: 3 }),
    );
    const fetchMock = stubFetch((input) =>
      Promise.resolve(
        jsonResponse(
          requestUrl(input).endsWith('/3.json')
            ? feedPageFixture('ru', { page: 3, newer: 4, older: 2 })
            : feedHeadFixture('ru', { older: 4 }),
        ),
      ),
    );
    renderFeed('/ru/page/4', client);
    fireEvent.pointerEnter(await screen.findByRole('link', { name: 'Более ранние' }));
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'Более новые' }));
    await vi.waitFor(() => {
      expect(client.getQueryData(feedQueries.head(RU_LATEST).queryKey)).toBeDefined();
    });
    expect(client.getQueryData(feedQueries.page(RU_LATEST, 3).queryKey)).toMatchObject({
      page: 3,
    });
    expect(fetchMock.mock.calls.map(([input]) => requestUrl(input))).toEqual([
      '/api/v1/ru/latest/3.json',
      '/api/v1/ru/latest.json',
    ]);
  });

  it('goes on to the older stories within the app', async () => {
    const client = createTestQueryClient();
    client.setQueryData(feedQueries.head(RU_LATEST).queryKey, feedHeadFixture('ru', { older: 2 }));
    client.setQueryData(
      feedQueries.page(RU_LATEST, 2).queryKey,
      feedPageFixture('ru', {
        page: 2,
        older: 1,
        items: [feedItemFixture({ id: '900', title: 'Старая новость' })],
      }),
    );
    const { router, user } = renderFeed('/ru/', client);
    await user.click(await screen.findByRole('link', { name: 'Более ранние' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Последние новости, страница 2' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ru/page/2');
    expect(screen.getByRole('link', { name: 'Старая новость' })).toBeInTheDocument();
  });

  it('names a rubric’s page after the rubric and lists its stories', async () => {
    const client = createTestQueryClient();
    const items = [
      feedItemFixture({ id: '3002', slug: 'byudzhet', title: 'Парламент принял бюджет' }),
      feedItemFixture({ id: '3001', slug: 'nalogi', title: 'Налоги снизят' }),
    ];
    client.setQueryData(
      feedQueries.head({ lang: 'ru', kind: 'rubrics', key: 'economy' }).queryKey,
      feedHeadFixture('ru', { items, older: 2 }),
    );
    renderFeed('/ru/rubric/economy', client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Экономика' })).toBeInTheDocument();
    expect(document.title).toBe('Экономика — Новости Кыргызстана');
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Парламент принял бюджет', 'Налоги снизят']);
    const pages = screen.getByRole('navigation', { name: 'Страницы новостей' });
    expect(within(pages).getByRole('link', { name: 'Более ранние' })).toHaveAttribute(
      'href',
      '/ru/rubric/economy/page/2',
    );
  });

  it('names a rubric’s archive page by its number, in Kyrgyz too, and leads back to the first', async () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.page({ lang: 'ky', kind: 'rubrics', key: 'sport' }, 2).queryKey,
      feedPageFixture('ky', { page: 2, older: 1 }),
    );
    renderFeed('/ky/rubric/sport/page/2', client, 'ky');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Спорт, 2-бет' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Спорт, 2-бет — Кыргызстан жаңылыктары');
    expect(screen.getByRole('link', { name: 'Жаңыраактары' })).toHaveAttribute(
      'href',
      '/ky/rubric/sport',
    );
    expect(screen.getByRole('link', { name: 'Мурункулары' })).toHaveAttribute(
      'href',
      '/ky/rubric/sport/page/1',
    );
  });

  it('says so when the rubric has no stories yet', async () => {
    stubFetch(notFoundResponse);
    renderFeed('/ru/rubric/world', createTestQueryClient());
    expect(await screen.findByRole('heading', { level: 1, name: 'В мире' })).toBeInTheDocument();
    expect(
      screen.getByText('В этой рубрике пока нет новостей. Загляните чуть позже.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('says so in Kyrgyz too', async () => {
    stubFetch(notFoundResponse);
    renderFeed('/ky/rubric/culture', createTestQueryClient(), 'ky');
    expect(
      await screen.findByText('Азырынча бул рубрикада жаңылык жок. Бир аздан кийин кайра кириңиз.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Маданият' })).toBeInTheDocument();
  });
});
