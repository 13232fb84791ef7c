// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../src/shared/contract/feed-schema.ts';
import { rfc822Date, RSS_ITEM_LIMIT, rssFeed, rssPath } from './rss.ts';
import { childOf, childrenOf, parseXml, type XmlElement } from './test-support/parse-xml.ts';

const ORIGIN = 'https://news.example.kg';
const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** RFC 822 as RSS 2.0 uses it, with a four-digit year (RFC 1123). */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

function item(overrides: Partial<FeedItem> & { id: string }): FeedItem {
  return {
    lang: 'ru',
    slug: `story-${overrides.id}`,
    title: `Story ${overrides.id}`,
    publishedAt: '2024-01-01T10:00:00+06:00',
    ...overrides,
  };
}

/** Day n of 2024 at 10:00 Bishkek time: larger n is newer. */
function day(n: number): string {
  const date = new Date(Date.UTC(2024, 0, n, 4));
  return `${date.toISOString().slice(0, 10)}T10:00:00+06:00`;
}

/** Parses strictly and checks RSS 2.0's required structure; returns the channel. */
function readChannel(text: string): XmlElement {
  const { declaration, root } = parseXml(text);
  expect(declaration).toEqual({ version: '1.0', encoding: 'UTF-8' });
  expect(root).toMatchObject({ uri: '', local: 'rss' });
  expect(root.attributes.get('version')).toBe('2.0');
  const channel = childOf(root, '', 'channel');
  for (const required of ['title', 'link', 'description']) {
    expect(childOf(channel, '', required).text).not.toBe('');
  }
  for (const entry of childrenOf(channel, '', 'item')) {
    // An item needs a title or a description; ours always have a title.
    expect(childOf(entry, '', 'title').text).not.toBe('');
  }
  return channel;
}

function textOf(element: XmlElement, local: string): string | undefined {
  return childrenOf(element, '', local)[0]?.text;
}

describe('rssFeed', () => {
  it('is well-formed RSS 2.0 with the edition’s channel elements', () => {
    const channel = readChannel(
      rssFeed({ origin: ORIGIN, lang: 'ru', items: [item({ id: '1', lead: 'Lead' })] }),
    );
    expect(textOf(channel, 'title')).toBe('Новости Кыргызстана — на русском');
    expect(textOf(channel, 'link')).toBe(`${ORIGIN}/ru/`);
    expect(textOf(channel, 'description')).toBe(
      'Последние новости Кыргызстана и мира на русском языке.',
    );
    expect(textOf(channel, 'language')).toBe('ru');
    const self = childOf(channel, ATOM_NS, 'link');
    expect(Object.fromEntries(self.attributes)).toEqual({
      href: `${ORIGIN}/ru/rss.xml`,
      rel: 'self',
      type: 'application/rss+xml',
    });
  });

  it('uses the Kyrgyz catalogue for the Kyrgyz edition', () => {
    const channel = readChannel(
      rssFeed({
        origin: ORIGIN,
        lang: 'ky',
        items: [item({ id: '2', lang: 'ky', rubric: 'politics' })],
      }),
    );
    expect(textOf(channel, 'title')).toBe('Кыргызстандын жаңылыктары — кыргызча');
    expect(textOf(channel, 'language')).toBe('ky');
    expect(textOf(channel, 'link')).toBe(`${ORIGIN}/ky/`);
    expect(childrenOf(channel, '', 'item').map((entry) => textOf(entry, 'category'))).toEqual([
      'Саясат',
    ]);
  });

  it('writes each item’s title, link, permalink guid, date, lead and localized rubric', () => {
    const channel = readChannel(
      rssFeed({
        origin: ORIGIN,
        lang: 'ru',
        items: [
          item({
            id: '1001',
            slug: 'diplomaty',
            title: 'Дипломаты',
            lead: 'Вступление',
            publishedAt: '2017-07-12T00:00:00+06:00',
            rubric: 'politics',
          }),
          item({ id: '1003', publishedAt: '2017-07-11T00:00:00+06:00' }),
        ],
      }),
    );
    const [first, second] = childrenOf(channel, '', 'item');
    if (!first || !second) throw new Error('expected two items');
    expect(textOf(first, 'title')).toBe('Дипломаты');
    expect(textOf(first, 'link')).toBe(`${ORIGIN}/ru/news/1001/diplomaty`);
    const guid = childOf(first, '', 'guid');
    expect(guid.text).toBe(`${ORIGIN}/ru/news/1001/diplomaty`);
    expect(guid.attributes.get('isPermaLink')).toBe('true');
    expect(textOf(first, 'pubDate')).toBe('Tue, 11 Jul 2017 18:00:00 GMT');
    expect(textOf(first, 'description')).toBe('Вступление');
    expect(textOf(first, 'category')).toBe('Политика');
    // No lead, no rubric: no empty elements.
    expect(textOf(second, 'description')).toBeUndefined();
    expect(textOf(second, 'category')).toBeUndefined();
  });

  it('escapes hostile titles and leads: they come back as the same text', () => {
    const title = `<script>alert("x")</script> & 'Q' </title></item>`;
    const lead = `Tom & Jerry <b>"bold"</b> ]]> \u0001`;
    const text = rssFeed({ origin: ORIGIN, lang: 'ru', items: [item({ id: '1', title, lead })] });
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<b>');
    const [entry] = childrenOf(readChannel(text), '', 'item');
    if (!entry) throw new Error('expected an item');
    expect(textOf(entry, 'title')).toBe(title);
    // The control character cannot be carried by XML and is dropped.
    expect(textOf(entry, 'description')).toBe(`Tom & Jerry <b>"bold"</b> ]]> `);
  });

  it(`keeps the newest ${RSS_ITEM_LIMIT} of more stories, newest first, whatever the input order`, () => {
    const items = Array.from({ length: 60 }, (_, index) =>
      item({ id: String(index + 1), publishedAt: day(index + 1) }),
    );
    const shuffled = [
      ...items.filter((_, index) => index % 2 === 0),
      ...items.filter((_, index) => index % 2 === 1),
    ];
    const channel = readChannel(rssFeed({ origin: ORIGIN, lang: 'ru', items: shuffled }));
    const links = childrenOf(channel, '', 'item').map((entry) => textOf(entry, 'link'));
    expect(RSS_ITEM_LIMIT).toBe(50);
    expect(links).toHaveLength(50);
    expect(links[0]).toBe(`${ORIGIN}/ru/news/60/story-60`);
    expect(links[49]).toBe(`${ORIGIN}/ru/news/11/story-11`);
    const dates = childrenOf(channel, '', 'item').map((entry) =>
      Date.parse(textOf(entry, 'pubDate') ?? ''),
    );
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('takes a smaller limit', () => {
    const items = [1, 2, 3].map((n) => item({ id: String(n), publishedAt: day(n) }));
    const channel = readChannel(rssFeed({ origin: ORIGIN, lang: 'ru', items, limit: 2 }));
    expect(childrenOf(channel, '', 'item').map((entry) => textOf(entry, 'title'))).toEqual([
      'Story 3',
      'Story 2',
    ]);
    expect(() => rssFeed({ origin: ORIGIN, lang: 'ru', items, limit: -1 })).toThrow(RangeError);
  });

  it('orders by instant, not by the text of dates with different offsets', () => {
    const items = [
      item({ id: 'a', publishedAt: '2024-03-01T05:00:00+06:00' }), // 2024-02-29T23:00Z
      item({ id: 'b', publishedAt: '2024-02-29T23:30:00Z' }),
    ];
    const channel = readChannel(rssFeed({ origin: ORIGIN, lang: 'ru', items }));
    expect(childrenOf(channel, '', 'item').map((entry) => textOf(entry, 'title'))).toEqual([
      'Story b',
      'Story a',
    ]);
  });

  it('leaves out stories of the other edition', () => {
    const items = [item({ id: '1' }), item({ id: '2', lang: 'ky' })];
    const channel = readChannel(rssFeed({ origin: ORIGIN, lang: 'ru', items }));
    expect(childrenOf(channel, '', 'item').map((entry) => textOf(entry, 'title'))).toEqual([
      'Story 1',
    ]);
  });

  it('dates the channel by its newest story in RFC 822, so an unchanged edition gives the same bytes', () => {
    const items = [
      item({ id: '1', publishedAt: '2017-07-12T00:00:00+06:00' }),
      item({ id: '2', publishedAt: '2017-07-10T00:00:00+06:00' }),
    ];
    const text = rssFeed({ origin: ORIGIN, lang: 'ru', items });
    const channel = readChannel(text);
    expect(textOf(channel, 'lastBuildDate')).toBe('Tue, 11 Jul 2017 18:00:00 GMT');
    expect(textOf(channel, 'pubDate')).toBe('Tue, 11 Jul 2017 18:00:00 GMT');
    expect(rssFeed({ origin: ORIGIN, lang: 'ru', items: [...items].reverse() })).toBe(text);
    for (const entry of childrenOf(channel, '', 'item')) {
      expect(textOf(entry, 'pubDate')).toMatch(RFC_822);
    }
  });

  it('takes an explicit build date', () => {
    const channel = readChannel(
      rssFeed({
        origin: ORIGIN,
        lang: 'ru',
        items: [item({ id: '1' })],
        buildDate: new Date(Date.UTC(2024, 4, 5, 6, 7, 8)),
      }),
    );
    expect(textOf(channel, 'lastBuildDate')).toBe('Sun, 05 May 2024 06:07:08 GMT');
  });

  it('is a valid channel with no items for an empty edition', () => {
    const channel = readChannel(rssFeed({ origin: ORIGIN, lang: 'ky', items: [] }));
    expect(childrenOf(channel, '', 'item')).toEqual([]);
    expect(textOf(channel, 'pubDate')).toBeUndefined();
    expect(textOf(channel, 'lastBuildDate')).toBeUndefined();
  });

  it('refuses an origin that is not one', () => {
    expect(() => rssFeed({ origin: `${ORIGIN}/`, lang: 'ru', items: [] })).toThrow(/site origin/);
  });
});

describe('rfc822Date', () => {
  it('writes RFC 1123 dates in GMT', () => {
    expect(rfc822Date('2017-07-12T00:00:00+06:00')).toBe('Tue, 11 Jul 2017 18:00:00 GMT');
    expect(rfc822Date('2024-01-05T09:03:07Z')).toBe('Fri, 05 Jan 2024 09:03:07 GMT');
    expect(rfc822Date('2024-12-31T23:59:59+06:00')).toMatch(RFC_822);
  });

  it('refuses what is not a date', () => {
    expect(() => rfc822Date('soon')).toThrow(RangeError);
  });
});

describe('rssPath', () => {
  it('is the path page heads link to', () => {
    expect(rssPath('ru')).toBe('/ru/rss.xml');
    expect(rssPath('ky')).toBe('/ky/rss.xml');
  });
});
