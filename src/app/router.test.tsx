import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleQueries } from '../features/articles/api/article-queries.ts';
import { feedQueries } from '../features/articles/api/feed-queries.ts';
import type { Feed } from '../shared/contract/api-files.ts';
import {
  article1001,
  article1002,
  articleFixture,
  feedHeadFixture,
  feedItemFixture,
  feedPageFixture,
} from '../test/article-fixtures.ts';
import {
  hangingFetch,
  jsonResponse,
  requestUrl,
  stubFetch,
  stubScrollTo,
} from '../test/browser.ts';
import { createTestQueryClient } from '../test/render.tsx';
import { createRoutes } from './router.tsx';

const onlyRussian = articleFixture({
  id: '2001',
  slug: 'tolko-po-russki',
  title: 'Только по-русски',
});

const RU_LATEST: Feed = { lang: 'ru', kind: 'latest' };
const KY_LATEST: Feed = { lang: 'ky', kind: 'latest' };
const RU_POLITICS: Feed = { lang: 'ru', kind: 'rubrics', key: 'politics' };

function prefilledClient(): QueryClient {
  const client = createTestQueryClient();
  for (const article of [article1001, article1002, onlyRussian]) {
    client.setQueryData(articleQueries.detail(article.id).queryKey, article);
  }
  client.setQueryData(
    feedQueries.head(RU_LATEST).queryKey,
    feedHeadFixture('ru', {
      older: 2,
      items: [
        feedItemFixture({ id: '1001', slug: article1001.slug, title: article1001.title }),
        feedItemFixture({ id: '2001', slug: onlyRussian.slug, title: onlyRussian.title }),
      ],
    }),
  );
  client.setQueryData(
    feedQueries.page(RU_LATEST, 2).queryKey,
    feedPageFixture('ru', { page: 2, older: 1, items: [] }),
  );
  client.setQueryData(
    feedQueries.page(RU_LATEST, 1).queryKey,
    feedPageFixture('ru', { page: 1, newer: 2, items: [] }),
  );
  client.setQueryData(
    feedQueries.head(KY_LATEST).queryKey,
    feedHeadFixture('ky', {
      items: [
        feedItemFixture({
          id: '1002',
          lang: 'ky',
          slug: article1002.slug,
          title: article1002.title,
        }),
      ],
    }),
  );
  return client;
}

function renderApp(path: string, client = prefilledClient()) {
  const router = createMemoryRouter(createRoutes(client), { initialEntries: [path] });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, user };
}

beforeEach(() => {
  // ScrollRestoration scrolls on every navigation; jsdom cannot.
  stubScrollTo();
  // Nothing in these tests may reach the network: the cache holds what they show.
  stubFetch((input) => {
    const url = requestUrl(input);
    return Promise.reject(new Error(`unexpected fetch of ${url}`));
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('/', () => {
  it('sends a reader with no preference to the Russian edition', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'en']);
    const { router } = renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Последние новости' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ru/');
    expect(router.state.historyAction).toBe('REPLACE');
    // The page's language is set by an effect, which may run just after the heading shows.
    await vi.waitFor(() => {
      expect(document.documentElement).toHaveAttribute('lang', 'ru');
    });
  });

  it('sends a reader who chose Kyrgyz before to the Kyrgyz edition', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ru-RU', 'ru']);
    window.localStorage.setItem('reader.edition', 'ky');
    const { router } = renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Акыркы жаңылыктар' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ky/');
    // The page's language is set by an effect, which may run just after the heading shows.
    await vi.waitFor(() => {
      expect(document.documentElement).toHaveAttribute('lang', 'ky');
    });
  });

  it('sends a reader whose browser prefers Kyrgyz to the Kyrgyz edition', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ky-KG', 'ru']);
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Акыркы жаңылыктар' });
    expect(router.state.location.pathname).toBe('/ky/');
  });

  it('lets an earlier choice of Russian win over a Kyrgyz browser', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ky']);
    window.localStorage.setItem('reader.edition', 'ru');
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Последние новости' });
    expect(router.state.location.pathname).toBe('/ru/');
  });
});

describe('the edition front pages', () => {
  it('frame the feed with the header, language switch, tip line and footer', async () => {
    renderApp('/ru/');
    await screen.findByRole('heading', { level: 1, name: 'Последние новости' });
    expect(screen.getByRole('link', { name: 'Новости Кыргызстана' })).toHaveAttribute(
      'href',
      '/ru/',
    );
    expect(screen.getByRole('link', { name: 'Перейти к основному содержанию' })).toHaveAttribute(
      'href',
      '#main',
    );
    const switcher = screen.getByRole('navigation', { name: 'Язык сайта' });
    expect(within(switcher).getByRole('link', { name: 'Кыргызча' })).toHaveAttribute(
      'href',
      '/ky/',
    );
    expect(screen.getByRole('region', { name: 'Сообщи свою новость' })).toBeInTheDocument();
    expect(
      screen.getByText('Новости Кыргызстана на русском и кыргызском языках.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: article1001.title })).toHaveAttribute(
      'href',
      `/ru/news/1001/${article1001.slug}`,
    );
  });

  it('show /ru/page/1 as the oldest page of the archive, at its own address', async () => {
    const { router } = renderApp('/ru/page/1');
    await screen.findByRole('heading', { level: 1, name: 'Последние новости, страница 1' });
    expect(router.state.location.pathname).toBe('/ru/page/1');
    expect(router.state.historyAction).toBe('POP');
    expect(screen.getByRole('link', { name: 'Более новые' })).toHaveAttribute('href', '/ru/page/2');
  });

  it('lead from the front page through the archive and back', async () => {
    const { router, user } = renderApp('/ru/');
    await screen.findByRole('heading', { level: 1, name: 'Последние новости' });
    await user.click(screen.getByRole('link', { name: 'Более ранние' }));
    await screen.findByRole('heading', { level: 1, name: 'Последние новости, страница 2' });
    expect(router.state.location.pathname).toBe('/ru/page/2');
    // The newest page of the archive leads back to the front page.
    await user.click(screen.getByRole('link', { name: 'Более новые' }));
    await screen.findByRole('heading', { level: 1, name: 'Последние новости' });
    expect(router.state.location.pathname).toBe('/ru/');
  });

  it('lead a feed page’s language switch to the other front page', async () => {
    renderApp('/ru/page/2');
    await screen.findByRole('heading', { level: 1, name: 'Последние новости, страница 2' });
    expect(screen.getByRole('link', { name: 'Кыргызча' })).toHaveAttribute('href', '/ky/');
  });

  it('show the not-found page for a page that is not a number', async () => {
    renderApp('/ru/page/abc');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' }),
    ).toBeInTheDocument();
  });
});

describe('stories', () => {
  it('show the story at its canonical address', async () => {
    renderApp(`/ru/news/1001/${article1001.slug}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: article1001.title }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Кыргызча' })).toHaveAttribute(
      'href',
      `/ky/news/1002/${article1002.slug}`,
    );
    const end = screen.getByRole('navigation', { name: 'В конце новости' });
    expect(within(end).getByRole('link', { name: 'Наверх' })).toHaveAttribute('href', '#top');
    expect(within(end).getByRole('link', { name: 'Назад' })).toHaveAttribute('href', '/ru/');
  });

  it('complete a missing slug, replacing the history entry', async () => {
    const { router } = renderApp('/ru/news/1001');
    await screen.findByRole('heading', { level: 1, name: article1001.title });
    expect(router.state.location.pathname).toBe(`/ru/news/1001/${article1001.slug}`);
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('lead from the Kyrgyz edition to the Kyrgyz translation', async () => {
    const { router } = renderApp(`/ky/news/1001/${article1001.slug}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: article1002.title }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/ky/news/1002/${article1002.slug}`);
  });

  it('show a Russian-only story in the Kyrgyz edition with a note', async () => {
    renderApp('/ky/news/2001/tolko-po-russki');
    const article = await screen.findByRole('article', { name: 'Только по-русски' });
    expect(article).toHaveAttribute('lang', 'ru');
    expect(screen.getByRole('note')).toHaveTextContent(
      'Бул жаңылык орус тилинде гана жеткиликтүү.',
    );
    expect(screen.getByRole('link', { name: 'Русский' })).toHaveAttribute(
      'href',
      '/ru/news/2001/tolko-po-russki',
    );
  });

  it('go to the translation from the language switch and remember the choice', async () => {
    const { router, user } = renderApp(`/ru/news/1001/${article1001.slug}`);
    await screen.findByRole('heading', { level: 1, name: article1001.title });
    await user.click(screen.getByRole('link', { name: 'Кыргызча' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: article1002.title }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/ky/news/1002/${article1002.slug}`);
    expect(window.localStorage.getItem('reader.edition')).toBe('ky');
  });

  it('open from the feed, with focus on the new headline', async () => {
    const { router, user } = renderApp('/ru/');
    const feedHeading = await screen.findByRole('heading', { level: 1, name: 'Последние новости' });
    // Arriving on a page moves no focus; only in-app navigation does.
    expect(feedHeading).not.toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Только по-русски' }));
    const headline = await screen.findByRole('heading', { level: 1, name: 'Только по-русски' });
    expect(router.state.location.pathname).toBe('/ru/news/2001/tolko-po-russki');
    // Focus moves once the new page has rendered, in an effect.
    await waitFor(() => expect(headline).toHaveFocus());
  });

  it('show a skeleton while a story that is not cached loads', async () => {
    vi.unstubAllGlobals();
    stubScrollTo();
    stubFetch(hangingFetch());
    const client = prefilledClient();
    client.setQueryData(
      feedQueries.head(RU_LATEST).queryKey,
      feedHeadFixture('ru', {
        items: [feedItemFixture({ id: '3001', title: 'Медленная новость' })],
      }),
    );
    const { router, user } = renderApp('/ru/', client);
    const feedHeading = await screen.findByRole('heading', { level: 1, name: 'Последние новости' });
    await user.click(screen.getByRole('link', { name: 'Медленная новость' }));
    // The skeleton's own live region (the feed has one too, for new stories).
    expect(await screen.findByText('Загрузка…')).toHaveAttribute('role', 'status');
    expect(feedHeading).not.toBeVisible();
    expect(router.state.navigation.state).toBe('loading');
  });

  it('switch to the translation as an ordinary navigation: Back returns, focus moves', async () => {
    const client = prefilledClient();
    const router = createMemoryRouter(createRoutes(client), {
      initialEntries: ['/ru/', `/ru/news/1001/${article1001.slug}`],
    });
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: article1001.title });
    await user.click(screen.getByRole('link', { name: 'Кыргызча' }));
    const headline = await screen.findByRole('heading', { level: 1, name: article1002.title });
    expect(headline).toHaveFocus();
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe(`/ru/news/1001/${article1001.slug}`);
  });

  it('show the not-found page inside the layout for an unknown id', async () => {
    vi.unstubAllGlobals();
    stubScrollTo();
    stubFetch(() => Promise.resolve(new Response('not found', { status: 404 })));
    renderApp('/ru/news/9999');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Язык сайта' })).toBeInTheDocument();
  });

  it('show the error page, with retry, when the API fails', async () => {
    vi.unstubAllGlobals();
    stubScrollTo();
    stubFetch(() => Promise.resolve(new Response('{"id":', { status: 200 })));
    renderApp('/ru/news/9999');
    expect(await screen.findByRole('alert')).toHaveTextContent('Данные пришли в неожиданном виде');
    expect(screen.getByRole('button', { name: 'Попробовать ещё раз' })).toBeInTheDocument();
  });
});

describe('rubric pages', () => {
  function withPolitics(client = prefilledClient()): QueryClient {
    const items = [
      feedItemFixture({ id: '1001', slug: article1001.slug, title: article1001.title }),
    ];
    client.setQueryData(feedQueries.head(RU_POLITICS).queryKey, feedHeadFixture('ru', { items }));
    client.setQueryData(
      feedQueries.page(RU_POLITICS, 1).queryKey,
      feedPageFixture('ru', { page: 1, items }),
    );
    return client;
  }

  it('show the rubric’s stories under its name, in the frame of the site', async () => {
    renderApp('/ru/rubric/politics', withPolitics());
    expect(await screen.findByRole('heading', { level: 1, name: 'Политика' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: article1001.title })).toHaveAttribute(
      'href',
      `/ru/news/1001/${article1001.slug}`,
    );
    const rubrics = screen.getByRole('navigation', { name: 'Рубрики' });
    expect(within(rubrics).getByRole('link', { name: 'Политика' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('region', { name: 'Сообщи свою новость' })).toBeInTheDocument();
  });

  it('lead the language switch to the same rubric in the other edition', async () => {
    renderApp('/ru/rubric/politics', withPolitics());
    await screen.findByRole('heading', { level: 1, name: 'Политика' });
    const switcher = screen.getByRole('navigation', { name: 'Язык сайта' });
    expect(within(switcher).getByRole('link', { name: 'Кыргызча' })).toHaveAttribute(
      'href',
      '/ky/rubric/politics',
    );
  });

  it('show page 1 of a rubric’s archive at its own address', async () => {
    const { router } = renderApp('/ru/rubric/politics/page/1', withPolitics());
    await screen.findByRole('heading', { level: 1, name: 'Политика, страница 1' });
    expect(router.state.location.pathname).toBe('/ru/rubric/politics/page/1');
    expect(router.state.historyAction).toBe('POP');
    // It is a page of the rubric: the rubric stays the current one.
    const rubrics = screen.getByRole('navigation', { name: 'Рубрики' });
    expect(within(rubrics).getByRole('link', { name: 'Политика' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it.each(['/ru/rubric/politika', '/ky/rubric/Sport', '/ru/rubric/politics/page/abc'])(
    'show the not-found page for %s',
    async (path) => {
      renderApp(path);
      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
        /^(Страница не найдена|Барак табылган жок)$/,
      );
      expect(screen.getByRole('navigation', { name: /^Рубрик/ })).toBeInTheDocument();
    },
  );

  it('are reached from the rubric navigation, with focus on the new heading', async () => {
    const { router, user } = renderApp('/ru/', withPolitics());
    await screen.findByRole('heading', { level: 1, name: 'Последние новости' });
    const rubrics = screen.getByRole('navigation', { name: 'Рубрики' });
    expect(within(rubrics).getByRole('link', { name: 'Главная' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(rubrics).getByRole('link', { name: 'Политика' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Политика' });
    expect(router.state.location.pathname).toBe('/ru/rubric/politics');
    expect(heading).toHaveFocus();
  });

  it('show the feed skeleton while a rubric that is not cached loads', async () => {
    vi.unstubAllGlobals();
    stubScrollTo();
    stubFetch(hangingFetch());
    const { user } = renderApp('/ru/');
    const feedHeading = await screen.findByRole('heading', { level: 1, name: 'Последние новости' });
    await user.click(screen.getByRole('link', { name: 'Культура' }));
    // The skeleton's own live region (the feed has one too, for new stories).
    expect(await screen.findByText('Загрузка…')).toHaveAttribute('role', 'status');
    expect(feedHeading).not.toBeVisible();
  });

  it('are offered on a story too, with the story’s rubric above its headline', async () => {
    const client = prefilledClient();
    const story = articleFixture({
      id: '2002',
      slug: 'vybory',
      title: 'Выборы назначены',
      rubric: 'politics',
    });
    client.setQueryData(articleQueries.detail('2002').queryKey, story);
    // The related stories the build chose for the story come in a file of their own.
    stubFetch((input) =>
      Promise.resolve(
        requestUrl(input).endsWith('/related/2002.json')
          ? jsonResponse({
              items: [
                feedItemFixture({ id: '1001', slug: article1001.slug, title: article1001.title }),
              ],
            })
          : new Response('not found', { status: 404 }),
      ),
    );
    renderApp('/ru/news/2002/vybory', withPolitics(client));
    const article = await screen.findByRole('article', { name: 'Выборы назначены' });
    expect(within(article).getByRole('link', { name: 'Политика' })).toHaveAttribute(
      'href',
      '/ru/rubric/politics',
    );
    const rubrics = screen.getByRole('navigation', { name: 'Рубрики' });
    expect(within(rubrics).queryByRole('link', { current: 'page' })).not.toBeInTheDocument();
    // A story of the same rubric is suggested under it.
    const related = await screen.findByRole('region', { name: 'Читайте также' });
    expect(within(related).getByRole('link', { name: article1001.title })).toBeInTheDocument();
  });
});

describe('unknown addresses', () => {
  it.each(['/en/', '/en/news/1001', '/ru/foo', '/ky/foo/bar'])(
    'show the not-found page for %s',
    async (path) => {
      renderApp(path);
      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
        /^(Страница не найдена|Барак табылган жок)$/,
      );
    },
  );

  it('keep the reader’s place when switching language on a not-found page', async () => {
    renderApp('/ru/foo');
    await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' });
    expect(screen.getByRole('link', { name: 'Кыргызча' })).toHaveAttribute('href', '/ky/foo');
  });
});
