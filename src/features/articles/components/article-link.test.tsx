import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleFixture, feedItemFixture } from '../../../test/article-fixtures.ts';
import { jsonResponse, stubFetch } from '../../../test/browser.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { VIEWPORT_DWELL_MS } from '../../../shared/lib/use-prefetch-on-intent.ts';
import { articleQueries } from '../api/article-queries.ts';
import { FeedList } from './feed-list.tsx';

/** jsdom has no IntersectionObserver: this one lets the test say what is on screen. */
const observed = new Set<Element>();
const observers: FakeIntersectionObserver[] = [];

class FakeIntersectionObserver implements IntersectionObserver {
  readonly root = null;
  readonly rootMargin = '0px';
  readonly thresholds = [1];
  constructor(readonly callback: IntersectionObserverCallback) {
    observers.push(this);
  }
  observe(target: Element) {
    observed.add(target);
  }
  unobserve(target: Element) {
    observed.delete(target);
  }
  disconnect() {
    observed.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

/** Tells the observer that `target` came on screen, or went off it. */
function setOnScreen(target: Element, isIntersecting: boolean) {
  const rect = target.getBoundingClientRect();
  const entry: IntersectionObserverEntry = {
    target,
    isIntersecting,
    intersectionRatio: isIntersecting ? 1 : 0,
    boundingClientRect: rect,
    intersectionRect: rect,
    rootBounds: null,
    time: performance.now(),
  };
  const viewport = observers.at(-1);
  if (!viewport) throw new Error('nothing observes the viewport');
  viewport.callback([entry], viewport);
}

function scrollIntoView(target: Element) {
  act(() => {
    setOnScreen(target, true);
  });
}

beforeAll(() => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});

const items = [
  feedItemFixture({ id: '3001', slug: 'pervaya', title: 'Первая новость' }),
  feedItemFixture({ id: '3002', slug: 'vtoraya', title: 'Вторая новость' }),
];

function stubPointer(coarse: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ media: query, matches: coarse }));
}

describe('story links fetch their story ahead', () => {
  let fetchMock: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    fetchMock = stubFetch((input) =>
      Promise.resolve(
        jsonResponse(
          articleFixture({ id: /(\d+)\.json/.exec(typeof input === 'string' ? input : '')?.[1] }),
        ),
      ),
    );
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when the pointer rests on one, into the cache the article page reads', async () => {
    stubPointer(false);
    const { queryClient } = renderWithProviders({ ui: <FeedList items={items} /> });
    fireEvent.pointerEnter(await screen.findByRole('link', { name: 'Вторая новость' }));
    await vi.waitFor(() => {
      expect(queryClient.getQueryData(articleQueries.detail('3002').queryKey)?.id).toBe('3002');
    });
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual(['/api/v1/articles/3002.json']);
  });

  it('when one gets keyboard focus, and only once while the story is fresh', async () => {
    stubPointer(false);
    const { user } = renderWithProviders({ ui: <FeedList items={items} /> });
    await screen.findByRole('link', { name: 'Первая новость' });
    await user.tab();
    expect(screen.getByRole('link', { name: 'Первая новость' })).toHaveFocus();
    await vi.waitFor(() => {
      expect(fetchMock).toHaveBeenCalledOnce();
    });
    fireEvent.pointerEnter(screen.getByRole('link', { name: 'Первая новость' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual(['/api/v1/articles/3001.json']);
  });

  it('on a phone, once one has stayed on screen a moment; not when it flashes past', async () => {
    stubPointer(true);
    renderWithProviders({ ui: <FeedList items={items} /> });
    const first = await screen.findByRole('link', { name: 'Первая новость' });
    const second = screen.getByRole('link', { name: 'Вторая новость' });
    expect(observed).toContain(first);

    vi.useFakeTimers();
    scrollIntoView(second);
    act(() => {
      setOnScreen(second, false);
      vi.advanceTimersByTime(VIEWPORT_DWELL_MS * 2);
    });
    expect(fetchMock).not.toHaveBeenCalled();

    scrollIntoView(first);
    act(() => {
      vi.advanceTimersByTime(VIEWPORT_DWELL_MS);
    });
    expect(fetchMock.mock.calls.map(([input]) => input)).toEqual(['/api/v1/articles/3001.json']);
    // Fetched once: the link is no longer watched.
    expect(observed).not.toContain(first);
  });

  it('with a mouse, not merely for being on screen', async () => {
    stubPointer(false);
    renderWithProviders({ ui: <FeedList items={items} /> });
    const first = await screen.findByRole('link', { name: 'Первая новость' });
    expect(observed).not.toContain(first);
  });
});
