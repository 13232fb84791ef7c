import { act, screen, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  article1001,
  article1002,
  articleFixture,
  feedHeadFixture,
  feedItemFixture,
} from '../../../test/article-fixtures.ts';
import { hangingFetch, jsonResponse, requestUrl, stubFetch } from '../../../test/browser.ts';
import { loaderArgs } from '../../../test/loader-args.ts';
import { createTestQueryClient, renderWithProviders } from '../../../test/render.tsx';
import { redirectOf, statusOf, thrownBy } from '../../../test/route-results.ts';
import { wholeText } from '../../../test/whole-text.ts';
import { articleQueries } from '../api/article-queries.ts';
import { feedQueries } from '../api/feed-queries.ts';
import type { Article } from '../../../shared/contract/article-schema.ts';
import { articleLoader, ArticleRoute } from './article-route.tsx';

const PATTERN = '/:lang/news/:id/:slug?';
const onlyRussian = articleFixture({ id: '2001', lang: 'ru', slug: 'tolko-po-russki' });

function clientWith(...articles: Article[]): QueryClient {
  const client = createTestQueryClient();
  for (const article of articles) {
    client.setQueryData(articleQueries.detail(article.id).queryKey, article);
  }
  return client;
}

function load(client: QueryClient, params: { lang?: string; id?: string; slug?: string }) {
  const path = `/${params.lang ?? ''}/news/${params.id ?? ''}/${params.slug ?? ''}`;
  return articleLoader(client)(loaderArgs(path, PATTERN, params));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('articleLoader', () => {
  const client = clientWith(article1001, article1002, onlyRussian);

  it('lets the canonical URL through', async () => {
    await expect(load(client, { lang: 'ru', id: '1001', slug: article1001.slug })).resolves.toBe(
      null,
    );
    await expect(load(client, { lang: 'ky', id: '1002', slug: article1002.slug })).resolves.toBe(
      null,
    );
  });

  it.each([
    ['missing', undefined],
    ['outdated', 'staryi-zagolovok'],
    ['differently cased', article1001.slug.toUpperCase()],
  ])('replaces a %s slug with the canonical one', async (_case, slug) => {
    const thrown = await thrownBy(() => load(client, { lang: 'ru', id: '1001', slug }));
    expect(redirectOf(thrown)).toEqual({
      status: 302,
      location: `/ru/news/1001/${article1001.slug}`,
      replace: true,
    });
  });

  it('keeps the query string as it settles the address', async () => {
    const thrown = await thrownBy(() =>
      articleLoader(client)(
        loaderArgs('/ru/news/1001/staryi?utm_source=telegram', PATTERN, {
          lang: 'ru',
          id: '1001',
          slug: 'staryi',
        }),
      ),
    );
    expect(redirectOf(thrown)?.location).toBe(
      `/ru/news/1001/${article1001.slug}?utm_source=telegram`,
    );
  });

  it('sends a Russian story asked for in the Kyrgyz edition to its Kyrgyz translation', async () => {
    const thrown = await thrownBy(() =>
      load(client, { lang: 'ky', id: '1001', slug: article1001.slug }),
    );
    expect(redirectOf(thrown)).toEqual({
      status: 302,
      location: `/ky/news/1002/${article1002.slug}`,
      replace: true,
    });
  });

  it('sends a Kyrgyz story asked for in the Russian edition to its Russian translation', async () => {
    const thrown = await thrownBy(() => load(client, { lang: 'ru', id: '1002' }));
    expect(redirectOf(thrown)?.location).toBe(`/ru/news/1001/${article1001.slug}`);
  });

  it('keeps a story without a translation in the edition it was asked for', async () => {
    await expect(
      load(client, { lang: 'ky', id: '2001', slug: 'tolko-po-russki' }),
    ).resolves.toBeNull();
    const thrown = await thrownBy(() => load(client, { lang: 'ky', id: '2001' }));
    expect(redirectOf(thrown)?.location).toBe('/ky/news/2001/tolko-po-russki');
  });

  it('keeps the original when its translation cannot be loaded', async () => {
    stubFetch(() => Promise.resolve(new Response('gone', { status: 404 })));
    const withLostTranslation = articleFixture({ id: '2002', translations: { ky: '2999' } });
    const thrown = load(clientWith(withLostTranslation), {
      lang: 'ky',
      id: '2002',
      slug: withLostTranslation.slug,
    });
    await expect(thrown).resolves.toBeNull();
  });

  it('settles even when the API names a story in the wrong language as the translation', async () => {
    const a = articleFixture({ id: '4001', slug: 'pervaya', translations: { ky: '4002' } });
    const b = articleFixture({ id: '4002', slug: 'vtoraya', translations: { ky: '4001' } });
    const looping = clientWith(a, b);
    let params = { lang: 'ky', id: '4001', slug: 'pervaya' };
    const visited: string[] = [];
    for (let hop = 0; hop < 4; hop += 1) {
      const current = params;
      const outcome = await load(looping, current).then(
        () => undefined,
        (thrown: unknown) => redirectOf(thrown)?.location ?? undefined,
      );
      if (outcome === undefined) break;
      visited.push(outcome);
      const [, lang = '', , id = '', slug = ''] = outcome.split('/');
      params = { lang, id, slug };
    }
    expect(visited.length).toBeLessThan(4);
    // Neither is a Kyrgyz translation, so the story asked for is the one to show.
    await expect(load(looping, { lang: 'ky', id: '4001', slug: 'pervaya' })).resolves.toBeNull();
  });

  it.each(['ABC', 'a b', '-1', '..', 'a'.repeat(65)])('answers 404 for the id %j', async (id) => {
    const fetchMock = stubFetch(() => Promise.reject(new Error('must not be called')));
    const thrown = await thrownBy(() => load(client, { lang: 'ru', id }));
    expect(statusOf(thrown)).toBe(404);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each(['en', 'kg', 'RU'])('answers 404 for the edition %j', async (lang) => {
    const thrown = await thrownBy(() => load(client, { lang, id: '1001', slug: article1001.slug }));
    expect(statusOf(thrown)).toBe(404);
    expect(redirectOf(thrown)).toBeUndefined();
  });

  it('fetches a story that is not cached and caches it', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(jsonResponse(onlyRussian)));
    const empty = createTestQueryClient();
    await expect(load(empty, { lang: 'ru', id: '2001', slug: onlyRussian.slug })).resolves.toBe(
      null,
    );
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/articles/2001.json');
    expect(empty.getQueryData(articleQueries.detail('2001').queryKey)).toEqual(onlyRussian);
  });

  it('starts loading the related stories without waiting for them', async () => {
    const fetchMock = stubFetch(hangingFetch());
    const story = articleFixture({ id: '3001', slug: 'byudzhet', rubric: 'economy' });
    const client = clientWith(story);
    await expect(load(client, { lang: 'ru', id: '3001', slug: 'byudzhet' })).resolves.toBeNull();
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual(['/api/v1/related/3001.json']);
  });

  it('starts them for the story the edition shows, even on the way to its canonical URL', async () => {
    const fetchMock = stubFetch(hangingFetch());
    const thrown = await thrownBy(() =>
      load(clientWith(article1001, article1002), {
        lang: 'ky',
        id: '1001',
        slug: article1001.slug,
      }),
    );
    expect(redirectOf(thrown)?.location).toBe(`/ky/news/1002/${article1002.slug}`);
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual(['/api/v1/related/1002.json']);
  });

  it('starts the stories either side of it in the feed it was opened from', async () => {
    const fetchMock = stubFetch(hangingFetch());
    const feedClient = clientWith(onlyRussian);
    feedClient.setQueryData(
      feedQueries.head({ lang: 'ru', kind: 'latest' }).queryKey,
      feedHeadFixture('ru', {
        items: ['2003', '2001', '2000'].map((id) => feedItemFixture({ id })),
      }),
    );
    await expect(
      load(feedClient, { lang: 'ru', id: '2001', slug: onlyRussian.slug }),
    ).resolves.toBeNull();
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual([
      '/api/v1/articles/2003.json',
      '/api/v1/articles/2000.json',
      '/api/v1/related/2001.json',
    ]);
  });

  it('is not troubled by related stories that fail', async () => {
    stubFetch(() => Promise.resolve(new Response('down', { status: 500 })));
    const story = articleFixture({ id: '3001', slug: 'byudzhet', rubric: 'economy' });
    await expect(
      load(clientWith(story), { lang: 'ru', id: '3001', slug: 'byudzhet' }),
    ).resolves.toBeNull();
  });

  it('turns a 404 from the API into a 404 page', async () => {
    stubFetch(() => Promise.resolve(new Response('not found', { status: 404 })));
    const thrown = await thrownBy(() => load(createTestQueryClient(), { lang: 'ru', id: '9999' }));
    expect(statusOf(thrown)).toBe(404);
  });

  it('lets other API failures through for the error boundary', async () => {
    stubFetch(() => Promise.resolve(jsonResponse({ id: '9999' })));
    const thrown = await thrownBy(() => load(createTestQueryClient(), { lang: 'ru', id: '9999' }));
    expect(thrown).toMatchObject({ name: 'ApiError', kind: 'invalid' });
  });
});

describe('ArticleRoute', () => {
  it('shows the cached story and names the page after it', async () => {
    renderWithProviders(
      {
        routes: [{ path: '/:lang/news/:id/:slug?', element: <ArticleRoute footer={<p>Низ</p>} /> }],
      },
      {
        initialEntries: [`/ru/news/1001/${article1001.slug}`],
        queryClient: clientWith(article1001),
      },
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: article1001.title }),
    ).toBeInTheDocument();
    expect(screen.getByText('Низ')).toBeInTheDocument();
    expect(document.title).toBe(`${article1001.title} — Новости Кыргызстана`);
  });

  it('follows the story with related stories', async () => {
    const story = articleFixture({ id: '3001', slug: 'byudzhet', rubric: 'economy' });
    const client = clientWith(story);
    stubFetch((input) =>
      Promise.resolve(
        requestUrl(input).endsWith('/related/3001.json')
          ? jsonResponse({
              items: [feedItemFixture({ id: '2999', slug: 'nalogi', title: 'Налоги снизят' })],
            })
          : new Response('not found', { status: 404 }),
      ),
    );
    renderWithProviders(
      {
        routes: [{ path: '/:lang/news/:id/:slug?', element: <ArticleRoute footer={<p>Низ</p>} /> }],
      },
      { initialEntries: ['/ru/news/3001/byudzhet'], queryClient: client },
    );
    const related = await screen.findByRole('region', { name: 'Читайте также' });
    expect(
      within(related)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Налоги снизят']);
    // After the story, outside it.
    const article = screen.getByRole('article');
    expect(article).not.toContainElement(related);
    expect(article.compareDocumentPosition(related) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('offers a newer version published while the story is open, never swapping it in unasked', async () => {
    const client = clientWith(article1001);
    const { user } = renderWithProviders(
      { routes: [{ path: '/:lang/news/:id/:slug?', element: <ArticleRoute /> }] },
      { initialEntries: [`/ru/news/1001/${article1001.slug}`], queryClient: client },
    );
    await screen.findByRole('heading', { level: 1, name: article1001.title });
    const key = articleQueries.detail('1001').queryKey;

    // The same story asked again: nothing to say.
    act(() => {
      client.setQueryData(key, structuredClone(article1001));
    });
    expect(screen.queryByText('Опубликована новая версия этой новости.')).not.toBeInTheDocument();

    const newer = {
      ...article1001,
      title: 'Дипломаты завершили встречи',
      updatedAt: '2017-07-12T18:00:00+06:00',
    };
    act(() => {
      client.setQueryData(key, newer);
    });
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('Опубликована новая версия этой новости.');
    // The reader's text stays as it was until they ask.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(article1001.title);

    await user.click(within(notice).getByRole('button', { name: 'Показать новую версию' }));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Дипломаты завершили встречи');
    expect(heading).toHaveFocus();
    expect(screen.getByText(wholeText('Обновлено 12 июля 2017 г. в 18:00'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Показать новую версию' })).not.toBeInTheDocument();
  });
});
