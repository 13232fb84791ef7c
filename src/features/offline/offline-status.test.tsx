import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditionProvider } from '../../shared/i18n/edition-context.tsx';
import type { Lang } from '../../shared/i18n/languages.ts';
import { OfflineBanner, OfflineStatus, UpdatePrompt } from './offline-status.tsx';
import { announceUpdate } from './update-signal.ts';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

function inEdition(lang: Lang, ui: ReactNode) {
  return <EditionProvider lang={lang}>{ui}</EditionProvider>;
}

describe('OfflineBanner', () => {
  it('says the reader is offline and what still opens, and goes when the network is back', () => {
    render(inEdition('ru', <OfflineBanner />));
    expect(screen.queryByRole('status')).toBeNull();

    goOffline(true);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Нет соединения с интернетом. Открываются истории, которые вы уже читали.',
    );
    goOffline(false);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('speaks Kyrgyz in the Kyrgyz edition', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(inEdition('ky', <OfflineBanner />));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Интернет байланышы жок. Мурда окуган жаңылыктарыңыз ачылат.',
    );
  });

  it('renders as online on the server, so the prerendered page hydrates as it is', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(renderToString(inEdition('ru', <OfflineBanner />))).not.toContain('соединения');
  });
});

describe('UpdatePrompt', () => {
  it('offers the waiting version and switches to it when asked', async () => {
    const apply = vi.fn();
    render(inEdition('ru', <UpdatePrompt />));
    expect(screen.queryByRole('button', { name: 'Обновить' })).toBeNull();

    act(() => {
      announceUpdate(apply);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Доступна новая версия сайта.');
    await userEvent.click(screen.getByRole('button', { name: 'Обновить' }));
    expect(apply).toHaveBeenCalledOnce();
  });

  it('asks in Kyrgyz in the Kyrgyz edition', () => {
    act(() => {
      announceUpdate(() => undefined);
    });
    render(inEdition('ky', <UpdatePrompt />));
    expect(screen.getByText('Сайттын жаңы версиясы чыкты.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Жаңылоо' })).toBeInTheDocument();
  });
});

describe('OfflineStatus', () => {
  afterEach(() => {
    document.head.querySelector('link[rel="manifest"]')?.remove();
  });

  it('points the manifest link at the edition’s manifest it is given', () => {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = '/ru/manifest.webmanifest';
    document.head.append(link);
    render(inEdition('ky', <OfflineStatus manifestHref="/ky/manifest.webmanifest" />));
    expect(link.getAttribute('href')).toBe('/ky/manifest.webmanifest');
  });
});
