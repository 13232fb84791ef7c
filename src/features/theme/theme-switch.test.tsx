import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { themeChoice } from './theme-choice.ts';
import { ThemeSwitch } from './theme-switch.tsx';

describe('ThemeSwitch', () => {
  beforeEach(() => {
    themeChoice.write('system');
  });

  it('follows the system until the reader chooses, then remembers the choice', async () => {
    const { user } = renderWithProviders({ ui: <ThemeSwitch /> });
    const group = await screen.findByRole('group', { name: 'Тема оформления' });
    expect(within(group).getByRole('radio', { name: 'Как в системе' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Тёмная' }));
    expect(within(group).getByRole('radio', { name: 'Тёмная' })).toBeChecked();
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(window.localStorage.getItem('reader.theme')).toBe('dark');
    await user.click(within(group).getByRole('radio', { name: 'Как в системе' }));
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('names its choices in Kyrgyz in the Kyrgyz edition', async () => {
    renderWithProviders({ ui: <ThemeSwitch /> }, { lang: 'ky' });
    const group = await screen.findByRole('group', { name: 'Сайттын түсү' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Жарык', 'Караңгы', 'Системадагыдай']);
  });
});
