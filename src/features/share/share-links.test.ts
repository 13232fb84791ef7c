import { describe, expect, it } from 'vitest';
import { shareLinks, storyUrl } from './share-links.ts';

describe('storyUrl', () => {
  it('is the story’s canonical address on the site’s origin', () => {
    expect(storyUrl('https://news.example.kg', { lang: 'ky', id: '1002', slug: 'jangylyk' })).toBe(
      'https://news.example.kg/ky/news/1002/jangylyk',
    );
  });
});

describe('shareLinks', () => {
  const url = 'https://news.example.kg/ru/news/1001/slug';
  const title = 'Выборы & «итоги»: 50% #1?';

  it('shares to Telegram with the address and the headline, each encoded', () => {
    const telegram = shareLinks(url, title)[0];
    expect(telegram?.channel).toBe('Telegram');
    const href = new URL(telegram?.href ?? '');
    expect(href.origin + href.pathname).toBe('https://t.me/share/url');
    expect(href.searchParams.get('url')).toBe(url);
    expect(href.searchParams.get('text')).toBe(title);
    expect(telegram?.href).not.toContain('&итоги');
  });

  it('shares to WhatsApp with one message: the headline, then the address', () => {
    const whatsapp = shareLinks(url, title)[1];
    expect(whatsapp?.channel).toBe('WhatsApp');
    const href = new URL(whatsapp?.href ?? '');
    expect(href.origin + href.pathname).toBe('https://wa.me/');
    expect([...href.searchParams.keys()]).toEqual(['text']);
    expect(href.searchParams.get('text')).toBe(`${title} ${url}`);
  });
});
