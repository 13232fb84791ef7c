import { act, screen, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { feedItemFixture } from '../../../test/article-fixtures.ts';
import { jsonResponse, requestUrl, stubFetch } from '../../../test/browser.ts';
import { createTestQueryClient, renderWithProviders } from '../../../test/render.tsx';
import { articleQueries } from '../api/article-queries.ts';
import type { FeedItem } from '../../../shared/contract/feed-schema.ts';
import { RelatedStories } from './related-stories.tsx';
import { wholeText } from '../../../test/whole-text.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const STORY = { id: '5000', lang: 'ru', rubric: 'politics', translations: { ky: '5001' } } as const;

/** A feed item published on `day` of July 2017. */
function onDay(id: string, day: number, lang: Lang = 'ru'): FeedItem {
  return feedItemFixture({
    id,
    lang,
    slug: `novost-${id}`,
    title: `Новость ${id}`,
    publishedAt: `2017-07-${String(day).padStart(2, '0')}T10:00:00+06:00`,
  });
}

/** The section under a story of the edition `lang` (by default), or under `story`. */
function renderRelated(
  client: QueryClient,
  lang: Lang = 'ru',
  story: Parameters<typeof RelatedStories>[0]['story'] = { ...STORY, lang },
) {
  return renderWithProviders(
    {
      ui: (
        <>
          <h1>Новость</h1>
          <RelatedStories story={story} />
        </>
      ),
    },
    { lang, queryClient: client },
  );
}

/** Answers the story's related file with `items`; anything else is a 404. */
function serveRelated(items: FeedItem[]) {
  return stubFetch((input) =>
    Promise.resolve(
      requestUrl(input) === '/api/v1/related/5000.json'
        ? jsonResponse({ items })
        : new Response('not found', { status: 404 }),
    ),
  );
}

/** Waits until the related stories' query has settled, and React has rendered its outcome. */
async function settled(client: QueryClient, status: 'success' | 'error') {
  await vi.waitFor(() => {
    expect(client.getQueryState(articleQueries.related(STORY.id).queryKey)?.status).toBe(status);
  });
  await act(() => Promise.resolve());
}

describe('RelatedStories', () => {
  it('lists the stories the build chose for the story, in its order, under a heading', async () => {
    const fetchMock = serveRelated([onDay('4004', 25), onDay('4003', 20), onDay('4001', 3)]);
    renderRelated(createTestQueryClient());

    const section = await screen.findByRole('region', { name: 'Читайте также' });
    expect(
      within(section).getByRole('heading', { level: 2, name: 'Читайте также' }),
    ).toBeInTheDocument();
    const entries = within(section).getAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getByRole('link').textContent)).toEqual([
      'Новость 4004',
      'Новость 4003',
      'Новость 4001',
    ]);
    expect(within(section).getByRole('link', { name: 'Новость 4004' })).toHaveAttribute(
      'href',
      '/ru/news/4004/novost-4004',
    );
    const [first] = entries;
    if (!first) throw new Error('expected an entry');
    expect(within(first).getByText(wholeText('25 июля 2017 г.'))).toHaveAttribute(
      'datetime',
      '2017-07-25T10:00:00+06:00',
    );
    expect(fetchMock.mock.calls.map(([input]) => requestUrl(input))).toEqual([
      '/api/v1/related/5000.json',
    ]);
  });

  it('links every story in the reader’s edition, marking one in another language', async () => {
    serveRelated([onDay('6101', 5, 'ky'), onDay('6001', 4, 'ru')]);
    renderRelated(createTestQueryClient(), 'ky');
    const section = await screen.findByRole('region', { name: 'Дагы окуңуз' });
    const [own, foreign] = within(section).getAllByRole('listitem');
    if (!own || !foreign) throw new Error('expected two entries');
    expect(within(own).getByRole('link', { name: 'Новость 6101' })).toHaveAttribute(
      'href',
      '/ky/news/6101/novost-6101',
    );
    expect(own).not.toHaveAttribute('lang');
    expect(within(own).getByText(wholeText('2017-ж., 5-июль'))).toBeInTheDocument();
    expect(foreign).toHaveAttribute('lang', 'ru');
    expect(within(foreign).getByRole('link', { name: 'Новость 6001' })).toHaveAttribute(
      'href',
      '/ky/news/6001/novost-6001',
    );
    // The date is the edition's words, whatever the headline's language.
    expect(within(foreign).getByText(wholeText('2017-ж., 4-июль'))).toHaveAttribute('lang', 'ky');
  });

  it('under a story shown in the other edition, suggests that edition’s newest of its rubric', async () => {
    const fetchMock = stubFetch((input) =>
      Promise.resolve(
        requestUrl(input) === '/api/v1/ky/rubrics/politics.json'
          ? jsonResponse({
              lang: 'ky',
              items: ['6105', '5001', '6104', '6103', '6102', '6101'].map((id, index) =>
                onDay(id, 20 - index, 'ky'),
              ),
            })
          : new Response('not found', { status: 404 }),
      ),
    );
    renderRelated(createTestQueryClient(), 'ky', STORY);
    const section = await screen.findByRole('region', { name: 'Дагы окуңуз' });
    // Never the story's own translation; four at most.
    expect(
      within(section)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Новость 6105', 'Новость 6104', 'Новость 6103', 'Новость 6102']);
    expect(fetchMock.mock.calls.map(([input]) => requestUrl(input))).toEqual([
      '/api/v1/ky/rubrics/politics.json',
    ]);
  });

  it('shows what a prerendered page brought without asking again', async () => {
    const fetchMock = stubFetch(() => Promise.reject(new Error('must not be called')));
    const client = createTestQueryClient();
    client.setQueryData(articleQueries.related(STORY.id).queryKey, {
      items: [onDay('4004', 25)],
    });
    renderRelated(client);
    const section = await screen.findByRole('region', { name: 'Читайте также' });
    expect(within(section).getByRole('link', { name: 'Новость 4004' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows nothing until the stories have arrived', async () => {
    let release: () => void = () => undefined;
    stubFetch(
      () =>
        new Promise((resolve) => {
          release = () => {
            resolve(jsonResponse({ items: [onDay('4004', 25)] }));
          };
        }),
    );
    renderRelated(createTestQueryClient());
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('region', { name: 'Читайте также' })).toBeInTheDocument();
  });

  it('renders nothing for a story the build chose no stories for', async () => {
    stubFetch(() => Promise.resolve(new Response('not found', { status: 404 })));
    const client = createTestQueryClient();
    renderRelated(client);
    await settled(client, 'success');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.queryByText('Читайте также')).not.toBeInTheDocument();
  });

  it('renders nothing for an empty list', async () => {
    serveRelated([]);
    const client = createTestQueryClient();
    renderRelated(client);
    await settled(client, 'success');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('renders nothing, and leaves the story be, when the list cannot be had', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const client = createTestQueryClient();
    renderRelated(client);
    await settled(client, 'error');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Новость' })).toBeInTheDocument();
  });
});
