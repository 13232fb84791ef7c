import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ru } from '../../../shared/i18n/catalogues/ru.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import type { SearchResults } from '../search-engine.ts';
import { SEARCHING_NOTICE_MS, SearchRoute } from './search-route.tsx';

/** The index's answers, held until the test gives them. */
const answers = vi.hoisted(() => {
  const pending: ((results: SearchResults) => void)[] = [];
  return { pending };
});

vi.mock('../pagefind-engine.ts', () => ({
  pagefindEngine: {
    search: () =>
      new Promise<SearchResults>((resolve) => {
        answers.pending.push(resolve);
      }),
  },
}));

afterEach(() => {
  answers.pending.length = 0;
  vi.useRealTimers();
});

describe('SearchRoute', () => {
  it('says it is searching only when a search takes a while, then how many it found', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    renderWithProviders(
      { routes: [{ path: '/ru/search', element: <SearchRoute /> }] },
      { initialEntries: ['/ru/search?q=%D0%BA%D0%B5%D0%BC%D0%B5%D0%BB'] },
    );
    const status = screen.getByRole('status');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SEARCHING_NOTICE_MS - 100);
    });
    expect(answers.pending).toHaveLength(1);
    expect(status).toHaveTextContent(/^$/);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(status).toHaveTextContent(ru.search.searching);

    await act(async () => {
      answers.pending[0]?.({ total: 0, hits: [] });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(status).toHaveTextContent(ru.search.nothingFound('кемел'));
  });

  it('counts the notice’s second from the search, not from the page opened without one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { router } = renderWithProviders(
      { routes: [{ path: '/ru/search', element: <SearchRoute /> }] },
      { initialEntries: ['/ru/search'] },
    );
    const status = screen.getByRole('status');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SEARCHING_NOTICE_MS * 2);
    });
    await act(async () => {
      await router.navigate('/ru/search?q=%D0%BA%D0%B5%D0%BC%D0%B5%D0%BB');
    });
    expect(answers.pending).toHaveLength(1);
    expect(status).toHaveTextContent(/^$/);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SEARCHING_NOTICE_MS);
    });
    expect(status).toHaveTextContent(ru.search.searching);
  });
});
