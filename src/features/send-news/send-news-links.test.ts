import { describe, expect, it } from 'vitest';
import { sendNewsLinks } from './send-news-links.ts';

describe('sendNewsLinks', () => {
  const config = { telegram: 'kabar_news', whatsapp: '996700123456' };

  it('links Telegram by username', () => {
    expect(sendNewsLinks(config, 'Салам')[0]).toEqual({
      channel: 'Telegram',
      href: 'https://t.me/kabar_news',
    });
  });

  it('links WhatsApp by number with the prefilled message encoded', () => {
    const whatsapp = sendNewsLinks(config, 'Хочу сообщить новость: & ?')[1];
    expect(whatsapp?.channel).toBe('WhatsApp');
    const url = new URL(whatsapp?.href ?? '');
    expect(url.origin + url.pathname).toBe('https://wa.me/996700123456');
    expect(url.searchParams.get('text')).toBe('Хочу сообщить новость: & ?');
  });
});
