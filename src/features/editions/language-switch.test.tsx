import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { LanguageSwitch } from './language-switch.tsx';

const hrefs = { ru: '/ru/news/1001/slug-ru', ky: '/ky/news/1002/slug-ky' };

describe('LanguageSwitch', () => {
  it('names each language in itself, marked with its lang', async () => {
    renderWithProviders({ ui: <LanguageSwitch hrefs={hrefs} /> });
    const nav = await screen.findByRole('navigation', { name: 'Язык сайта' });
    const russian = within(nav).getByRole('link', { name: 'Русский' });
    const kyrgyz = within(nav).getByRole('link', { name: 'Кыргызча' });
    expect(russian).toHaveAttribute('lang', 'ru');
    expect(kyrgyz).toHaveAttribute('lang', 'ky');
    expect(kyrgyz).toHaveAttribute('hreflang', 'ky');
    expect(russian).toHaveAttribute('href', hrefs.ru);
    expect(kyrgyz).toHaveAttribute('href', hrefs.ky);
  });

  it('marks the current edition, and only it, as the current page', async () => {
    renderWithProviders({ ui: <LanguageSwitch hrefs={hrefs} /> }, { lang: 'ky' });
    await screen.findByRole('navigation', { name: 'Сайттын тили' });
    expect(screen.getByRole('link', { name: 'Кыргызча' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Русский' })).not.toHaveAttribute('aria-current');
  });

  it('fetches what the other edition’s link opens as the reader is about to follow it', async () => {
    const prefetch = vi.fn<(lang: 'ru' | 'ky') => void>();
    const { user } = renderWithProviders({
      ui: <LanguageSwitch hrefs={hrefs} prefetch={prefetch} />,
    });
    await user.hover(await screen.findByRole('link', { name: 'Кыргызча' }));
    expect(prefetch).toHaveBeenCalledWith('ky');
    // The current edition's link leads nowhere new.
    await user.hover(screen.getByRole('link', { name: 'Русский' }));
    expect(prefetch).not.toHaveBeenCalledWith('ru');
  });

  it('goes to the other edition and remembers the choice', async () => {
    const { router, user } = renderWithProviders(
      { ui: <LanguageSwitch hrefs={hrefs} /> },
      { initialEntries: [hrefs.ru] },
    );
    expect(window.localStorage.getItem('reader.edition')).toBeNull();
    await user.click(await screen.findByRole('link', { name: 'Кыргызча' }));
    expect(window.localStorage.getItem('reader.edition')).toBe('ky');
    expect(router.state.location.pathname).toBe(hrefs.ky);
  });

  it('remembers Russian when it is chosen from the Kyrgyz edition', async () => {
    const { user } = renderWithProviders(
      { ui: <LanguageSwitch hrefs={hrefs} /> },
      { lang: 'ky', initialEntries: [hrefs.ky] },
    );
    await user.click(await screen.findByRole('link', { name: 'Русский' }));
    expect(window.localStorage.getItem('reader.edition')).toBe('ru');
  });
});
