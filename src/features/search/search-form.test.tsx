import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

/** The search form at `address`, its field found; then the test counts the typing pause. */
async function renderForm(address: string) {
  const page = searchPage();
  const { router } = renderWithProviders({ routes: page.routes }, { initialEntries: [address] });
  const field = await screen.findByRole('searchbox', { name: ru.search.label });
  // Testing Library's own waits need real timers: faked only once the field is there.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const query = () => new URLSearchParams(router.state.location.search).get('q');
  return { page, router, field, query };
}

/** The reader types `value` and pauses. */
function typeAndPause(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  act(() => {
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
  });
}

/** Waits until the router has arrived wherever it was going. */
async function arrived(router: ReturnType<typeof renderWithProviders>['router']) {
  await act(async () => {
    await vi.waitFor(() => {
      expect(router.state.navigation.state).toBe('idle');
    });
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SearchForm on the search page', () => {
  it('keeps the letters typed while the search for the first ones was on its way', async () => {
    const { page, router, field, query } = await renderForm('/ru/search');
    page.hold();
    typeAndPause(field, 'ке');
    expect(router.state.navigation.state).toBe('loading');

    // The reader types on; then the search for "ке" arrives.
    fireEvent.change(field, { target: { value: 'кем' } });
    page.release();
    await arrived(router);
    expect(query()).toBe('ке');
    expect(field).toHaveValue('кем');

    typeAndPause(field, 'кемел');
    await arrived(router);
    expect(query()).toBe('кемел');
    expect(field).toHaveValue('кемел');
  });

  it('searches again the letters typed back while a shorter search was on its way', async () => {
    const { page, router, field, query } = await renderForm(
      `/ru/search?q=${encodeURIComponent('кем')}`,
    );
    expect(field).toHaveValue('кем');
    page.hold();
    typeAndPause(field, 'ке');
    expect(router.state.navigation.state).toBe('loading');

    // The reader types the letter back before the shorter search arrives.
    typeAndPause(field, 'кем');
    page.release();
    await arrived(router);
    expect(query()).toBe('кем');
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

describe('SearchForm on another page', () => {
  it('opens by its "Поиск" button, with Space as with a click, and Escape hides it again', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      { routes: [{ path: '/ru/', element: <SearchForm />, HydrateFallback: () => null }] },
      { initialEntries: ['/ru/'] },
    );
    const toggle = await screen.findByRole('button', { name: ru.search.open });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const form = screen.getByRole('search', { name: ru.search.landmark });
    expect(toggle).toHaveAttribute('aria-controls', form.id);

    toggle.focus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const field = screen.getByRole('searchbox', { name: ru.search.label });
    await vi.waitFor(() => {
      expect(field).toHaveFocus();
    });

    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
});
