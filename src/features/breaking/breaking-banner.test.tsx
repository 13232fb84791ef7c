import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedItemFixture } from '../../test/article-fixtures.ts';
import { createTestQueryClient, renderWithProviders } from '../../test/render.tsx';
import { BreakingBanner } from './breaking-banner.tsx';
import { breakingQueries } from './breaking-queries.ts';
import { dismissedBreaking, withDismissed } from './dismissed-breaking.ts';

const until = '2999-01-01T00:00:00Z';

function clientWith(ids: string[]) {
  const client = createTestQueryClient();
  client.setQueryData(breakingQueries.edition('ru').queryKey, {
    lang: 'ru',
    items: ids.map((id) =>
      Object.assign(
        feedItemFixture({ id, slug: `srochno-${id}`, title: `Срочная новость ${id}` }),
        {
          until,
        },
      ),
    ),
  });
  return client;
}

afterEach(() => {
  localStorage.clear();
  dismissedBreaking.write('');
  vi.restoreAllMocks();
});

describe('BreakingBanner', () => {
  it('links to the newest breaking story, labelled, and stays dismissed once dismissed', async () => {
    const client = clientWith(['7', '6']);
    const { user, unmount } = renderWithProviders(
      { ui: <BreakingBanner /> },
      { queryClient: client },
    );
    const banner = await screen.findByRole('complementary', { name: 'Срочно' });
    expect(within(banner).getByRole('link', { name: 'Срочная новость 7' })).toHaveAttribute(
      'href',
      '/ru/news/7/srochno-7',
    );

    await user.click(within(banner).getByRole('button', { name: 'Скрыть срочную новость' }));
    // The next breaking story, if there is one, takes its place.
    expect(
      within(screen.getByRole('complementary', { name: 'Срочно' })).getByRole('link'),
    ).toHaveTextContent('Срочная новость 6');
    expect(localStorage.getItem('dismissed-breaking')).toBe('7');
    unmount();

    // Opened again: what was dismissed stays so.
    renderWithProviders({ ui: <BreakingBanner /> }, { queryClient: clientWith(['7']) });
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  }, 15_000);

  it('speaks Kyrgyz in the Kyrgyz edition', async () => {
    const client = createTestQueryClient();
    client.setQueryData(breakingQueries.edition('ky').queryKey, {
      lang: 'ky',
      items: [{ ...feedItemFixture({ id: '9', lang: 'ky', title: 'Шашылыш' }), until }],
    });
    renderWithProviders({ ui: <BreakingBanner /> }, { lang: 'ky', queryClient: client });
    const banner = await screen.findByRole('complementary', { name: 'Шашылыш кабар' });
    expect(within(banner).getByRole('button', { name: 'Шашылыш кабарды жабуу' })).toBeVisible();
  });
});

describe('withDismissed', () => {
  it('remembers the last twenty, each once', () => {
    let stored = '';
    for (let id = 1; id <= 25; id++) stored = withDismissed(stored, String(id));
    stored = withDismissed(stored, '25');
    expect(stored.split(' ')).toEqual(Array.from({ length: 20 }, (_, index) => String(index + 6)));
  });
});
