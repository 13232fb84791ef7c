import { act, screen, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../shared/i18n/languages.ts';
import {
  articleFixture,
  feedItemFixture,
  feedPageFixture,
} from '../../../test/article-fixtures.ts';
import { jsonResponse, requestUrl, stubFetch } from '../../../test/browser.ts';
import { createTestQueryClient, renderWithProviders } from '../../../test/render.tsx';
import { relatedQueries } from '../api/related-queries.ts';
import type { Article } from '../model/article-schema.ts';
import type { FeedItem } from '../model/feed-schema.ts';
import { RelatedStories } from './related-stories.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const story = articleFixture({
  id: '5000',
  rubric: 'economy',
  tags: ['Бюджет', 'Налоги', 'Жогорку Кенеш'],
  translations: { ky: '5100' },
});

/** A Russian feed item published on `day` of July 2017. */
function onDay(id: string, day: number, lang: Lang = 'ru'): FeedItem {
  return feedItemFixture({
    id,
    lang,
    slug: `novost-${id}`,
    title: `Новость ${id}`,
    publishedAt: `2017-07-${String(day).padStart(2, '0')}T10:00:00+06:00`,
  });
}

function page(lang: Lang, items: FeedItem[]) {
  return feedPageFixture(lang, { items });
}

function renderRelated(article: Article, client: QueryClient, lang: Lang = 'ru') {
  return renderWithProviders(
    {
      ui: (
        <>
          <h1>Новость</h1>
          <RelatedStories story={article} />
        </>
      ),
    },
    { lang, queryClient: client },
  );
}

const noFetch = () => stubFetch(() => Promise.reject(new Error('must not be called')));

/** Answers the API's feed files from `feeds` (by path below the API base); others are 404. */
function serveFeeds(feeds: Record<string, FeedItem[]>, lang: Lang = 'ru') {
  return stubFetch((input) => {
    const items = feeds[requestUrl(input).replace(/^\/api\/v1\//, '')];
    return Promise.resolve(
      items ? jsonResponse(page(lang, items)) : new Response('not found', { status: 404 }),
    );
  });
}

describe('RelatedStories', () => {
  it('lists up to four stories of the rubric and the first two tags, newest first', async () => {
    serveFeeds({
      'ru/rubrics/economy/1.json': [onDay('5000', 30), onDay('4003', 20), onDay('4001', 3)],
      'ru/tags/byudzhet/1.json': [onDay('4004', 25), onDay('5000', 30), onDay('4003', 20)],
      'ru/tags/nalogi/1.json': [onDay('4002', 10), onDay('4005', 1)],
    });
    renderRelated(story, createTestQueryClient());

    const section = await screen.findByRole('region', { name: 'Читайте также' });
    expect(
      within(section).getByRole('heading', { level: 2, name: 'Читайте также' }),
    ).toBeInTheDocument();
    const entries = within(section).getAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getByRole('link').textContent)).toEqual([
      'Новость 4004',
      'Новость 4003',
      'Новость 4002',
      'Новость 4001',
    ]);
    expect(within(section).getByRole('link', { name: 'Новость 4004' })).toHaveAttribute(
      'href',
      '/ru/news/4004/novost-4004',
    );
    const [first] = entries;
    if (!first) throw new Error('expected an entry');
    expect(within(first).getByText('25 июля 2017 г.')).toHaveAttribute(
      'datetime',
      '2017-07-25T10:00:00+06:00',
    );
  });

  it('suggests the edition’s own stories, in its language', async () => {
    const fetchMock = serveFeeds({ 'ky/rubrics/sport/1.json': [onDay('6101', 5, 'ky')] }, 'ky');
    const russianOnly = articleFixture({ id: '6000', rubric: 'sport' });
    renderRelated(russianOnly, createTestQueryClient(), 'ky');
    const section = await screen.findByRole('region', { name: 'Дагы окуңуз' });
    expect(within(section).getByRole('link', { name: 'Новость 6101' })).toHaveAttribute(
      'href',
      '/ky/news/6101/novost-6101',
    );
    expect(within(section).getByText('2017-ж., 5-июль')).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([input]) => requestUrl(input))).toEqual([
      '/api/v1/ky/rubrics/sport/1.json',
    ]);
  });

  it('shows what a prerendered page brought without asking again', async () => {
    const fetchMock = noFetch();
    const client = createTestQueryClient();
    client.setQueryData(relatedQueries.of('ru', story).queryKey, [onDay('4004', 25)]);
    renderRelated(story, client);
    const section = await screen.findByRole('region', { name: 'Читайте также' });
    expect(within(section).getByRole('link', { name: 'Новость 4004' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches the feeds it does not have, and shows nothing until all have answered', async () => {
    let releaseTag: () => void = () => undefined;
    const fetchMock = stubFetch((input) => {
      const url = requestUrl(input);
      if (url.endsWith('/rubrics/economy/1.json')) {
        return Promise.resolve(jsonResponse(page('ru', [onDay('4001', 3)])));
      }
      if (url.endsWith('/tags/byudzhet/1.json')) {
        return new Promise((resolve) => {
          releaseTag = () => {
            resolve(jsonResponse(page('ru', [onDay('4004', 25)])));
          };
        });
      }
      return Promise.resolve(new Response('not found', { status: 404 }));
    });
    renderRelated(story, createTestQueryClient());
    await vi.waitFor(() => {
      expect(fetchMock).toHaveBeenCalledTimes(3);
    });
    expect(fetchMock.mock.calls.map(([input]) => requestUrl(input)).sort()).toEqual([
      '/api/v1/ru/rubrics/economy/1.json',
      '/api/v1/ru/tags/byudzhet/1.json',
      '/api/v1/ru/tags/nalogi/1.json',
    ]);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    releaseTag();
    const section = await screen.findByRole('region', { name: 'Читайте также' });
    expect(
      within(section)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Новость 4004', 'Новость 4001']);
  });

  it('leaves out feeds that fail and shows what the others have', async () => {
    stubFetch((input) =>
      requestUrl(input).endsWith('/rubrics/economy/1.json')
        ? Promise.resolve(new Response('down', { status: 503 }))
        : Promise.resolve(jsonResponse(page('ru', [onDay('4004', 25)]))),
    );
    renderRelated(story, createTestQueryClient());
    const section = await screen.findByRole('region', { name: 'Читайте также' });
    expect(within(section).getAllByRole('link')).toHaveLength(1);
  });

  it('renders nothing when every feed fails', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const client = createTestQueryClient();
    renderRelated(story, client);
    await vi.waitFor(() => {
      expect(client.getQueryState(relatedQueries.of('ru', story).queryKey)?.status).toBe('error');
    });
    // Let React render what the failed queries left.
    await act(() => Promise.resolve());
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.queryByText('Читайте также')).not.toBeInTheDocument();
  });

  it('renders nothing when the feeds hold only the story itself and its translation', async () => {
    const fetchMock = serveFeeds({
      'ru/rubrics/economy/1.json': [onDay('5000', 30), onDay('5100', 30, 'ky')],
      'ru/tags/byudzhet/1.json': [],
      'ru/tags/nalogi/1.json': [],
    });
    renderRelated(story, createTestQueryClient());
    await screen.findByRole('heading', { level: 1 });
    await vi.waitFor(() => {
      expect(fetchMock).toHaveBeenCalledTimes(3);
    });
    await act(() => Promise.resolve());
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('asks for nothing for a story with neither rubric nor tags', async () => {
    const fetchMock = noFetch();
    renderRelated(articleFixture(), createTestQueryClient());
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
