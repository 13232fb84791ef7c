import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { BackLink } from './back-link.tsx';

// The reader came from an older feed page of the other edition: going back returns there,
// following the link goes to this edition's front page, so the two are told apart.
const entries = ['/ky/page/2', '/ru/news/1001/slug'];

function renderBackLink(lang: 'ru' | 'ky' = 'ru') {
  return renderWithProviders({ ui: <BackLink /> }, { lang, initialEntries: entries });
}

afterEach(() => {
  window.history.replaceState(null, '');
});

describe('BackLink', () => {
  it('is a link to the edition’s front page', async () => {
    renderBackLink();
    expect(await screen.findByRole('link', { name: 'Назад' })).toHaveAttribute('href', '/ru/');
  });

  it('is named in Kyrgyz in the Kyrgyz edition', async () => {
    renderBackLink('ky');
    expect(await screen.findByRole('link', { name: 'Артка' })).toHaveAttribute('href', '/ky/');
  });

  it('goes back in history when the previous entry is the app’s', async () => {
    window.history.replaceState({ idx: 1 }, '');
    const { router, user } = renderBackLink();
    await user.click(await screen.findByRole('link', { name: 'Назад' }));
    expect(router.state.location.pathname).toBe('/ky/page/2');
    expect(router.state.historyAction).toBe('POP');
  });

  it('follows the link when the reader arrived on this page', async () => {
    window.history.replaceState({ idx: 0 }, '');
    const { router, user } = renderBackLink();
    await user.click(await screen.findByRole('link', { name: 'Назад' }));
    expect(router.state.location.pathname).toBe('/ru/');
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('follows the link when there is no history state at all', async () => {
    const { router, user } = renderBackLink();
    await user.click(await screen.findByRole('link', { name: 'Назад' }));
    expect(router.state.location.pathname).toBe('/ru/');
  });

  it('leaves a modified click to the browser', async () => {
    window.history.replaceState({ idx: 1 }, '');
    // Keep jsdom from trying to open the link itself once the app has let the click pass.
    const stopNavigation = (event: Event) => {
      event.preventDefault();
    };
    window.addEventListener('click', stopNavigation);
    try {
      const { router, user } = renderBackLink();
      const link = await screen.findByRole('link', { name: 'Назад' });
      await user.keyboard('{Control>}');
      await user.click(link);
      await user.keyboard('{/Control}');
      expect(router.state.location.pathname).toBe('/ru/news/1001/slug');
    } finally {
      window.removeEventListener('click', stopNavigation);
    }
  });
});
