import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { ShareStory } from './share-story.tsx';

const STORY = { lang: 'ru', id: '1001', slug: 'vybory', title: 'Выборы & итоги' } as const;
const URL_OF_STORY = 'https://news.example.kg/ru/news/1001/vybory';

function stubNavigator(name: 'share' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, name, { value, configurable: true });
}

async function renderShare() {
  const result = renderWithProviders({ ui: <ShareStory story={STORY} /> });
  const region = await screen.findByRole('region', { name: 'Поделиться новостью' });
  return { ...result, region };
}

describe('ShareStory', () => {
  afterEach(() => {
    stubNavigator('share', undefined);
    stubNavigator('clipboard', undefined);
  });

  it('links Telegram and WhatsApp, in a new tab, without a share sheet', async () => {
    const { region } = await renderShare();
    const telegram = within(region).getByRole('link', { name: /^Поделиться в Telegram/ });
    expect(telegram).toHaveAttribute(
      'href',
      `https://t.me/share/url?url=${encodeURIComponent(URL_OF_STORY)}&text=${encodeURIComponent(STORY.title)}`,
    );
    expect(telegram).toHaveAttribute('target', '_blank');
    expect(telegram).toHaveAttribute('rel', 'noopener noreferrer');
    expect(telegram).toHaveAccessibleName(expect.stringContaining('откроется в новой вкладке'));
    expect(within(region).getByRole('link', { name: /^Поделиться в WhatsApp/ })).toHaveAttribute(
      'href',
      `https://wa.me/?text=${encodeURIComponent(`${STORY.title} ${URL_OF_STORY}`)}`,
    );
    expect(within(region).queryByRole('button', { name: 'Поделиться' })).toBeNull();
  });

  it('keeps a focused link focused when "copy link" arrives', async () => {
    renderWithProviders({ ui: <ShareStory story={STORY} /> });
    const telegram = await screen.findByRole('link', { name: /^Поделиться в Telegram/ });
    telegram.focus();
    await screen.findByRole('button', { name: 'Скопировать ссылку' });
    expect(telegram).toBeInTheDocument();
    expect(telegram).toHaveFocus();
  });

  it('opens the device’s share sheet where there is one, in place of the links', async () => {
    const share = vi.fn(() => Promise.resolve());
    stubNavigator('share', share);
    const { region, user } = await renderShare();
    await user.click(await within(region).findByRole('button', { name: 'Поделиться' }));
    expect(share).toHaveBeenCalledWith({ title: STORY.title, url: URL_OF_STORY });
    expect(within(region).queryByRole('link')).toBeNull();
  });

  it('copies the link and says so politely', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const { region, user } = await renderShare();
    // After user-event's setup, which puts a clipboard of its own in place.
    stubNavigator('clipboard', { writeText });
    await user.click(await within(region).findByRole('button', { name: 'Скопировать ссылку' }));
    expect(writeText).toHaveBeenCalledWith(URL_OF_STORY);
    expect(within(region).getByRole('status')).toHaveTextContent('Ссылка скопирована.');
  });

  it('says where to copy the link from when the browser refuses', async () => {
    const { region, user } = await renderShare();
    stubNavigator('clipboard', { writeText: () => Promise.reject(new Error('denied')) });
    await user.click(await within(region).findByRole('button', { name: 'Скопировать ссылку' }));
    expect(within(region).getByRole('status')).toHaveTextContent(
      'Не удалось скопировать ссылку. Скопируйте её из адресной строки браузера.',
    );
  });
});
