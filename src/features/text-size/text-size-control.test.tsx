import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { TextSizeControl } from './text-size-control.tsx';
import { textSizeChoice } from './text-size-choice.ts';

describe('TextSizeControl', () => {
  beforeEach(() => {
    textSizeChoice.write('100');
  });

  async function renderControl(lang: 'ru' | 'ky' = 'ru') {
    const result = renderWithProviders({ ui: <TextSizeControl /> }, { lang });
    const group = await screen.findByRole('group', {
      name: lang === 'ru' ? 'Размер текста' : 'Тексттин өлчөмү',
    });
    return { ...result, group };
  }

  it('enlarges the text a step at a time up to the largest, and remembers it', async () => {
    const { group, user } = await renderControl();
    const larger = within(group).getByRole('button', { name: 'Увеличить текст' });
    expect(within(group).getByRole('status')).toHaveTextContent('Размер текста: 100 %');
    await user.click(larger);
    expect(within(group).getByRole('status')).toHaveTextContent('Размер текста: 115 %');
    expect(document.documentElement).toHaveAttribute('data-text-size', '115');
    expect(window.localStorage.getItem('reader.text-size')).toBe('115');
    await user.click(larger);
    await user.click(larger);
    expect(larger).toHaveAttribute('aria-disabled', 'true');
    await user.click(larger);
    expect(within(group).getByRole('status')).toHaveTextContent('Размер текста: 150 %');
    expect(larger).toHaveFocus();
  });

  it('shrinks the text to the smallest step and no further', async () => {
    const { group, user } = await renderControl();
    const smaller = within(group).getByRole('button', { name: 'Уменьшить текст' });
    expect(smaller).toHaveAttribute('aria-disabled', 'false');
    await user.click(smaller);
    expect(smaller).toHaveAttribute('aria-disabled', 'true');
    await user.click(smaller);
    expect(within(group).getByRole('status')).toHaveTextContent('Размер текста: 90 %');
    await user.click(within(group).getByRole('button', { name: 'Увеличить текст' }));
    expect(document.documentElement).not.toHaveAttribute('data-text-size');
  });

  it('speaks Kyrgyz in the Kyrgyz edition', async () => {
    const { group } = await renderControl('ky');
    expect(within(group).getByRole('button', { name: 'Текстти чоңойтуу' })).toBeVisible();
    expect(within(group).getByRole('button', { name: 'Текстти кичирейтүү' })).toBeVisible();
    expect(within(group).getByRole('status')).toHaveTextContent('Тексттин өлчөмү: 100 %');
  });
});
