import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { PrefetchingLink } from './prefetching-link.tsx';

describe('PrefetchingLink', () => {
  it('fetches ahead when pointed at or focused, and navigates within the app', async () => {
    const prefetch = vi.fn();
    const { router, user } = renderWithProviders(
      {
        ui: (
          <PrefetchingLink to="/ru/rubric/sport" prefetch={prefetch}>
            Спорт
          </PrefetchingLink>
        ),
      },
      { initialEntries: ['/ru/'] },
    );
    const link = await screen.findByRole('link', { name: 'Спорт' });
    expect(link).toHaveAttribute('href', '/ru/rubric/sport');
    await user.hover(link);
    expect(prefetch).toHaveBeenCalledTimes(1);
    link.blur();
    link.focus();
    expect(prefetch).toHaveBeenCalledTimes(2);
    await user.click(link);
    expect(router.state.location.pathname).toBe('/ru/rubric/sport');
  });
});
