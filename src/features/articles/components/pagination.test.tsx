import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { feedPagePath, rubricPath } from '../../../shared/lib/paths.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { Pagination } from './pagination.tsx';

/** Pagination of an edition's latest stories. */
function Latest({
  lang = 'ru',
  page,
  pageCount,
}: {
  lang?: Lang;
  page: number;
  pageCount: number;
}) {
  return <Pagination page={page} pageCount={pageCount} pathOf={(n) => feedPagePath(lang, n)} />;
}

describe('Pagination', () => {
  it('links a middle page to the newer and the older page', async () => {
    renderWithProviders(
      { ui: <Latest page={2} pageCount={3} /> },
      { initialEntries: ['/ru/page/2'] },
    );
    const nav = await screen.findByRole('navigation', { name: 'Страницы новостей' });
    expect(within(nav).getByText('Страница 2 из 3')).toBeInTheDocument();
    const newer = within(nav).getByRole('link', { name: 'Более новые' });
    const older = within(nav).getByRole('link', { name: 'Более ранние' });
    // Page 1 is the front page itself, never /page/1.
    expect(newer).toHaveAttribute('href', '/ru/');
    expect(newer).toHaveAttribute('rel', 'prev');
    expect(older).toHaveAttribute('href', '/ru/page/3');
    expect(older).toHaveAttribute('rel', 'next');
  });

  it('fetches the page a reader points at or focuses ahead', async () => {
    const prefetchPage = vi.fn();
    const { user } = renderWithProviders(
      {
        ui: (
          <Pagination
            page={2}
            pageCount={3}
            pathOf={(n) => feedPagePath('ru', n)}
            prefetchPage={prefetchPage}
          />
        ),
      },
      { initialEntries: ['/ru/page/2'] },
    );
    fireEvent.pointerEnter(await screen.findByRole('link', { name: 'Более ранние' }));
    expect(prefetchPage.mock.calls).toEqual([[3]]);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Более новые' })).toHaveFocus();
    expect(prefetchPage.mock.calls).toEqual([[3], [1]]);
  });

  it('offers no newer page on page 1 and no older page on the last', async () => {
    const { unmount } = renderWithProviders({ ui: <Latest page={1} pageCount={3} /> });
    expect(await screen.findByRole('link', { name: 'Более ранние' })).toHaveAttribute(
      'href',
      '/ru/page/2',
    );
    expect(screen.queryByRole('link', { name: 'Более новые' })).not.toBeInTheDocument();
    unmount();
    renderWithProviders({ ui: <Latest page={3} pageCount={3} /> });
    expect(await screen.findByRole('link', { name: 'Более новые' })).toHaveAttribute(
      'href',
      '/ru/page/2',
    );
    expect(screen.queryByRole('link', { name: 'Более ранние' })).not.toBeInTheDocument();
  });

  it('is absent when there is only one page', async () => {
    renderWithProviders({
      ui: (
        <>
          <p>Лента</p>
          <Latest page={1} pageCount={1} />
        </>
      ),
    });
    await screen.findByText('Лента');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('speaks Kyrgyz in the Kyrgyz edition', async () => {
    renderWithProviders({ ui: <Latest lang="ky" page={2} pageCount={3} /> }, { lang: 'ky' });
    const nav = await screen.findByRole('navigation', { name: 'Жаңылыктардын беттери' });
    expect(within(nav).getByText('3 беттин 2-бети')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Жаңыраактары' })).toHaveAttribute('href', '/ky/');
    expect(within(nav).getByRole('link', { name: 'Мурункулары' })).toHaveAttribute(
      'href',
      '/ky/page/3',
    );
  });

  it('links the pages of whatever feed it is given', async () => {
    renderWithProviders(
      {
        ui: <Pagination page={2} pageCount={3} pathOf={(n) => rubricPath('ky', 'sport', n)} />,
      },
      { lang: 'ky', initialEntries: ['/ky/rubric/sport/page/2'] },
    );
    expect(await screen.findByRole('link', { name: 'Жаңыраактары' })).toHaveAttribute(
      'href',
      '/ky/rubric/sport',
    );
    expect(screen.getByRole('link', { name: 'Мурункулары' })).toHaveAttribute(
      'href',
      '/ky/rubric/sport/page/3',
    );
  });

  it('moves to the older page within the app', async () => {
    const { router, user } = renderWithProviders(
      { ui: <Latest page={2} pageCount={3} /> },
      { initialEntries: ['/ru/page/2'] },
    );
    await user.click(await screen.findByRole('link', { name: 'Более ранние' }));
    expect(router.state.location.pathname).toBe('/ru/page/3');
  });
});
