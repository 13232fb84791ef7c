import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { editionPath, latestPagePath, rubricPath } from '../../../shared/lib/paths.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { Pagination, type PageLinkTarget } from './pagination.tsx';

/** A neighbouring page at `to`, fetched ahead by nothing. */
function at(to: string): PageLinkTarget {
  return { to, prefetch: () => undefined };
}

describe('Pagination', () => {
  it('links an archive page to the newer and the older page, and says which it is', async () => {
    renderWithProviders(
      {
        ui: (
          <Pagination
            page={2}
            newer={at(latestPagePath('ru', 3))}
            older={at(latestPagePath('ru', 1))}
          />
        ),
      },
      { initialEntries: ['/ru/page/2'] },
    );
    const nav = await screen.findByRole('navigation', { name: 'Страницы новостей' });
    expect(within(nav).getByText('Страница 2')).toBeInTheDocument();
    const newer = within(nav).getByRole('link', { name: 'Более новые' });
    const older = within(nav).getByRole('link', { name: 'Более ранние' });
    expect(newer).toHaveAttribute('href', '/ru/page/3');
    expect(newer).toHaveAttribute('rel', 'prev');
    expect(older).toHaveAttribute('href', '/ru/page/1');
    expect(older).toHaveAttribute('rel', 'next');
  });

  it('fetches the page a reader points at or focuses ahead', async () => {
    const prefetchNewer = vi.fn();
    const prefetchOlder = vi.fn();
    const { user } = renderWithProviders(
      {
        ui: (
          <Pagination
            page={2}
            newer={{ to: editionPath('ru'), prefetch: prefetchNewer }}
            older={{ to: latestPagePath('ru', 1), prefetch: prefetchOlder }}
          />
        ),
      },
      { initialEntries: ['/ru/page/2'] },
    );
    fireEvent.pointerEnter(await screen.findByRole('link', { name: 'Более ранние' }));
    expect(prefetchOlder).toHaveBeenCalledOnce();
    expect(prefetchNewer).not.toHaveBeenCalled();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Более новые' })).toHaveFocus();
    expect(prefetchNewer).toHaveBeenCalledOnce();
    expect(prefetchOlder).toHaveBeenCalledOnce();
  });

  it('offers on a feed’s first page only the older stories, without a page number', async () => {
    renderWithProviders({ ui: <Pagination older={at(latestPagePath('ru', 7))} /> });
    const nav = await screen.findByRole('navigation', { name: 'Страницы новостей' });
    expect(within(nav).getByRole('link', { name: 'Более ранние' })).toHaveAttribute(
      'href',
      '/ru/page/7',
    );
    expect(within(nav).queryByRole('link', { name: 'Более новые' })).not.toBeInTheDocument();
    expect(within(nav).queryByText(/Страница/)).not.toBeInTheDocument();
  });

  it('offers no older page on the oldest page', async () => {
    renderWithProviders({ ui: <Pagination page={1} newer={at(latestPagePath('ru', 2))} /> });
    const nav = await screen.findByRole('navigation', { name: 'Страницы новостей' });
    expect(within(nav).getByRole('link', { name: 'Более новые' })).toHaveAttribute(
      'href',
      '/ru/page/2',
    );
    expect(within(nav).queryByRole('link', { name: 'Более ранние' })).not.toBeInTheDocument();
    expect(within(nav).getByText('Страница 1')).toBeInTheDocument();
  });

  it('is absent when there is no other page', async () => {
    renderWithProviders({
      ui: (
        <>
          <p>Лента</p>
          <Pagination />
        </>
      ),
    });
    await screen.findByText('Лента');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('speaks Kyrgyz in the Kyrgyz edition', async () => {
    renderWithProviders(
      {
        ui: (
          <Pagination
            page={2}
            newer={at(rubricPath('ky', 'sport'))}
            older={at(rubricPath('ky', 'sport', 1))}
          />
        ),
      },
      { lang: 'ky', initialEntries: ['/ky/rubric/sport/page/2'] },
    );
    const nav = await screen.findByRole('navigation', { name: 'Жаңылыктардын беттери' });
    expect(within(nav).getByText('2-бет')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Жаңыраактары' })).toHaveAttribute(
      'href',
      '/ky/rubric/sport',
    );
    expect(within(nav).getByRole('link', { name: 'Мурункулары' })).toHaveAttribute(
      'href',
      '/ky/rubric/sport/page/1',
    );
  });

  it('moves to the older page within the app', async () => {
    const { router, user } = renderWithProviders(
      {
        ui: (
          <Pagination
            page={2}
            newer={at(latestPagePath('ru', 3))}
            older={at(latestPagePath('ru', 1))}
          />
        ),
      },
      { initialEntries: ['/ru/page/2'] },
    );
    await user.click(await screen.findByRole('link', { name: 'Более ранние' }));
    expect(router.state.location.pathname).toBe('/ru/page/1');
  });
});
