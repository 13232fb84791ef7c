import { screen } from '@testing-library/react';
import type { MouseEvent, ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { AppLink } from './app-link.tsx';

function renderLink(ui: ReactNode, initialEntries = ['/ru/news/1001/slug']) {
  return renderWithProviders({ ui }, { initialEntries });
}

/** Keeps jsdom from following a link itself once the app has let the click pass. */
async function withoutDocumentNavigation(run: () => Promise<void>) {
  const stop = (event: Event) => {
    event.preventDefault();
  };
  window.addEventListener('click', stop);
  try {
    await run();
  } finally {
    window.removeEventListener('click', stop);
  }
}

describe('AppLink', () => {
  it('is a link to its path, with the attributes it is given', async () => {
    renderLink(
      <AppLink to="/ky/" lang="ky" hrefLang="ky" className="edition">
        Кыргызча
      </AppLink>,
    );
    const link = await screen.findByRole('link', { name: 'Кыргызча' });
    expect(link).toHaveAttribute('href', '/ky/');
    expect(link).toHaveAttribute('hreflang', 'ky');
    expect(link).toHaveClass('edition');
  });

  it('navigates in the app on a plain click, adding a history entry', async () => {
    const { router, user } = renderLink(<AppLink to="/ru/rubric/sport">Спорт</AppLink>);
    await user.click(await screen.findByRole('link', { name: 'Спорт' }));
    expect(router.state.location.pathname).toBe('/ru/rubric/sport');
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('replaces the entry when the link leads to the page already shown', async () => {
    const { router, user } = renderLink(<AppLink to="/ru/">Главная</AppLink>, ['/ru/']);
    await user.click(await screen.findByRole('link', { name: 'Главная' }));
    expect(router.state.location.pathname).toBe('/ru/');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('adds an entry for the same path with another query or fragment', async () => {
    const { router, user } = renderLink(<AppLink to="/ru/?page=2">Дальше</AppLink>, ['/ru/']);
    await user.click(await screen.findByRole('link', { name: 'Дальше' }));
    expect(router.state.location.search).toBe('?page=2');
    expect(router.state.historyAction).toBe('PUSH');
  });

  it.each([
    ['navigates after it', () => undefined, '/ru/rubric/sport'],
    [
      'stays when it prevented the click',
      (event: MouseEvent) => {
        event.preventDefault();
      },
      '/ru/news/1001/slug',
    ],
  ])('calls its own click handler, and %s', async (_case, handler, pathname) => {
    const onClick = vi.fn(handler);
    const { router, user } = renderLink(
      <AppLink to="/ru/rubric/sport" onClick={onClick}>
        Спорт
      </AppLink>,
    );
    await user.click(await screen.findByRole('link', { name: 'Спорт' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe(pathname);
  });

  it.each([
    ['Control', '{Control>}', '{/Control}'],
    ['Meta', '{Meta>}', '{/Meta}'],
    ['Shift', '{Shift>}', '{/Shift}'],
    ['Alt', '{Alt>}', '{/Alt}'],
  ])('leaves a click with %s held to the browser', async (_key, press, release) => {
    await withoutDocumentNavigation(async () => {
      const { router, user } = renderLink(<AppLink to="/ru/rubric/sport">Спорт</AppLink>);
      const link = await screen.findByRole('link', { name: 'Спорт' });
      await user.keyboard(press);
      await user.click(link);
      await user.keyboard(release);
      expect(router.state.location.pathname).toBe('/ru/news/1001/slug');
    });
  });

  it('leaves a link that opens elsewhere to the browser', async () => {
    await withoutDocumentNavigation(async () => {
      const { router, user } = renderLink(
        <AppLink to="/ru/rubric/sport" target="_blank">
          Спорт
        </AppLink>,
      );
      await user.click(await screen.findByRole('link', { name: 'Спорт' }));
      expect(router.state.location.pathname).toBe('/ru/news/1001/slug');
    });
  });
});
