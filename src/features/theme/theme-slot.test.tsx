import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { themeChoice } from './theme-choice.ts';
import { ThemeSlot } from './theme-slot.tsx';

/** The switch once its remembered choice has loaded: its options can be chosen. */
async function loadedSwitch(name: string) {
  await vi.waitFor(() => {
    expect(screen.getByRole('group', { name })).toBeEnabled();
  });
  return screen.getByRole('group', { name });
}

describe('ThemeSlot', () => {
  beforeEach(() => {
    themeChoice.write('system');
  });

  it('follows the system until the reader chooses, then remembers the choice', async () => {
    const { user } = renderWithProviders({ ui: <ThemeSlot /> });
    const group = await loadedSwitch('Тема оформления');
    expect(within(group).getByRole('radio', { name: 'Как в системе' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Тёмная' }));
    expect(within(group).getByRole('radio', { name: 'Тёмная' })).toBeChecked();
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(window.localStorage.getItem('reader.theme')).toBe('dark');
    await user.click(within(group).getByRole('radio', { name: 'Как в системе' }));
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('names its choices in Kyrgyz in the Kyrgyz edition', async () => {
    renderWithProviders({ ui: <ThemeSlot /> }, { lang: 'ky' });
    const group = await loadedSwitch('Сайттын түсү');
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Жарык', 'Караңгы', 'Системадагыдай']);
  });
});
