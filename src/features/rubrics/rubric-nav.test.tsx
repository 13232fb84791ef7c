import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../shared/i18n/languages.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { RubricNav } from './rubric-nav.tsx';

function renderNav(path: string, lang: Lang = 'ru') {
  return renderWithProviders({ ui: <RubricNav /> }, { lang, initialEntries: [path] });
}

describe('RubricNav', () => {
  it('links to the front page and every rubric of the Russian edition', async () => {
    renderNav('/ru/');
    const nav = await screen.findByRole('navigation', { name: 'Рубрики' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Главная', '/ru/'],
      ['Политика', '/ru/rubric/politics'],
      ['Экономика', '/ru/rubric/economy'],
      ['Общество', '/ru/rubric/society'],
      ['В мире', '/ru/rubric/world'],
      ['Культура', '/ru/rubric/culture'],
      ['Спорт', '/ru/rubric/sport'],
    ]);
  });

  it('names the Kyrgyz edition’s rubrics in Kyrgyz and links into it', async () => {
    renderNav('/ky/', 'ky');
    const nav = await screen.findByRole('navigation', { name: 'Рубрикалар' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Башкы бет', 'Саясат', 'Экономика', 'Коом', 'Дүйнө', 'Маданият', 'Спорт']);
    expect(within(nav).getByRole('link', { name: 'Коом' })).toHaveAttribute(
      'href',
      '/ky/rubric/society',
    );
  });

  it.each([
    ['/ru/rubric/economy', 'Экономика'],
    ['/ru/rubric/economy/page/2', 'Экономика'],
    ['/ru/', 'Главная'],
    ['/ru/page/3', 'Главная'],
  ])('on %s marks %s as the current page, and nothing else', async (path, current) => {
    renderNav(path);
    const nav = await screen.findByRole('navigation', { name: 'Рубрики' });
    const marked = within(nav)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'page');
    expect(marked.map((link) => link.textContent)).toEqual([current]);
  });

  it.each(['/ru/news/1001/slug', '/ru/no-such-page'])('marks nothing on %s', async (path) => {
    renderNav(path);
    const nav = await screen.findByRole('navigation', { name: 'Рубрики' });
    for (const link of within(nav).getAllByRole('link')) {
      expect(link).not.toHaveAttribute('aria-current');
    }
  });

  it('moves the mark along with the reader', async () => {
    const { router, user } = renderNav('/ru/');
    await user.click(await screen.findByRole('link', { name: 'В мире' }));
    expect(router.state.location.pathname).toBe('/ru/rubric/world');
    expect(screen.getByRole('link', { name: 'В мире' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Главная' })).not.toHaveAttribute('aria-current');
  });

  it('scrolls a link that Tab reaches wholly into view, as little as it takes', async () => {
    renderNav('/ru/');
    const link = await screen.findByRole('link', { name: 'Экономика' });
    // jsdom lays nothing out; the browser does the scrolling the link asks for.
    const scrollIntoView = vi.fn();
    link.scrollIntoView = scrollIntoView;
    link.focus();
    expect(scrollIntoView).toHaveBeenCalledExactlyOnceWith({ block: 'nearest', inline: 'nearest' });
  });
});
