import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ru } from '../../shared/i18n/catalogues/ru.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { SearchForm, TYPING_PAUSE_MS } from './search-form.tsx';

/** A search page whose loader waits, while `held`, until the test lets it go. */
function searchPage() {
  let release: () => void = () => undefined;
  let held = false;
  const hold = () => {
    held = true;
  };
  const loader = () =>
    held
      ? new Promise<null>((resolve) => {
          release = () => {
            held = false;
            resolve(null);
          };
        })
      : null;
  return {
    routes: [{ path: '/ru/search', loader, element: <SearchForm />, HydrateFallback: () => null }],
    hold,
    release: () => {
      release();
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SearchForm on the search page', () => {
  it('keeps the letters typed while the search for the first ones was on its way', async () => {
    const page = searchPage();
    const { router } = renderWithProviders(
      { routes: page.routes },
      {
        initialEntries: ['/ru/search'],
      },
    );
    const field = await screen.findByRole('searchbox', { name: ru.search.label });

    // The typing pause is counted by the test; Testing Library's own waits need real timers.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    page.hold();
    fireEvent.change(field, { target: { value: 'ке' } });
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS);
    });
    expect(router.state.navigation.state).toBe('loading');

    // The reader types on; then the search for "ке" arrives.
    fireEvent.change(field, { target: { value: 'кем' } });
    await act(async () => {
      page.release();
      await vi.waitFor(() => {
        expect(router.state.navigation.state).toBe('idle');
      });
    });
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('ке');
    expect(field).toHaveValue('кем');

    fireEvent.change(field, { target: { value: 'кемел' } });
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS);
    });
    await act(async () => {
      await vi.waitFor(() => {
        expect(router.state.navigation.state).toBe('idle');
      });
    });
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('кемел');
    expect(field).toHaveValue('кемел');
  });

  it('searches again the letters typed back while a shorter search was on its way', async () => {
    const page = searchPage();
    const { router } = renderWithProviders(
      { routes: page.routes },
      { initialEntries: [`/ru/search?q=${encodeURIComponent('кем')}`] },
    );
    const field = await screen.findByRole('searchbox', { name: ru.search.label });
    expect(field).toHaveValue('кем');

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    page.hold();
    fireEvent.change(field, { target: { value: 'ке' } });
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS);
    });
    expect(router.state.navigation.state).toBe('loading');
    // The reader types the letter back before the shorter search arrives.
    fireEvent.change(field, { target: { value: 'кем' } });
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS);
    });
    await act(async () => {
      page.release();
      await vi.waitFor(() => {
        expect(router.state.navigation.state).toBe('idle');
      });
    });
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('кем');
    expect(field).toHaveValue('кем');
  });

  it('shows the query of an address the reader goes back to', async () => {
    const page = searchPage();
    const { router } = renderWithProviders(
      { routes: page.routes },
      {
        initialEntries: ['/ru/search?q=%D0%B1%D0%B0%D0%B7%D0%B0%D1%80', '/ru/search?q=kemel'],
      },
    );
    const field = await screen.findByRole('searchbox', { name: ru.search.label });
    expect(field).toHaveValue('kemel');
    await act(async () => {
      await router.navigate(-1);
    });
    expect(field).toHaveValue('базар');
  });
});
