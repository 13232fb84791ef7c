// @vitest-environment node
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import {
  articleSitemapEntry,
  editionSitemapEntries,
  SITEMAP_MAX_BYTES,
  SITEMAP_MAX_URLS,
  sitemapFiles,
  SitemapWriter,
  w3cDatetime,
  type SitemapArticle,
  type SitemapEntry,
  type SitemapFile,
} from './sitemap.ts';
import { childOf, childrenOf, parseXml, type XmlElement } from './test-support/parse-xml.ts';

const ORIGIN = 'https://news.example.kg';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

interface ParsedUrl {
  loc: string;
  lastmod: string | undefined;
  alternates: { hreflang: string | undefined; href: string | undefined }[];
}

/** Parses a urlset strictly and checks the structure the protocol requires. */
function readUrlset(text: string): ParsedUrl[] {
  const { declaration, root } = parseXml(text);
  expect(declaration).toEqual({ version: '1.0', encoding: 'UTF-8' });
  expect(root).toMatchObject({ uri: SITEMAP_NS, local: 'urlset' });
  // Only <url> children; each with exactly one <loc>, at most one <lastmod>.
  expect(root.children.every((child) => child.uri === SITEMAP_NS && child.local === 'url')).toBe(
    true,
  );
  return root.children.map((url) => {
    const lastmods = childrenOf(url, SITEMAP_NS, 'lastmod');
    expect(lastmods.length).toBeLessThanOrEqual(1);
    const links = url.children.filter((child) => child.uri === XHTML_NS);
    expect(links.every((link) => link.local === 'link')).toBe(true);
    expect(links.every((link) => link.attributes.get('rel') === 'alternate')).toBe(true);
    return {
      loc: childOf(url, SITEMAP_NS, 'loc').text,
      lastmod: lastmods[0]?.text,
      alternates: links.map((link) => ({
        hreflang: link.attributes.get('hreflang'),
        href: link.attributes.get('href'),
      })),
    };
  });
}

function readIndex(text: string): { loc: string; lastmod: string | undefined }[] {
  const { root } = parseXml(text);
  expect(root).toMatchObject({ uri: SITEMAP_NS, local: 'sitemapindex' });
  expect(root.children.every((child: XmlElement) => child.local === 'sitemap')).toBe(true);
  return childrenOf(root, SITEMAP_NS, 'sitemap').map((sitemap) => ({
    loc: childOf(sitemap, SITEMAP_NS, 'loc').text,
    lastmod: childrenOf(sitemap, SITEMAP_NS, 'lastmod')[0]?.text,
  }));
}

function entries(count: number): SitemapEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    loc: `${ORIGIN}/ru/news/${index + 1}/story-${index + 1}`,
    lastmod: `2024-01-${String((index % 28) + 1).padStart(2, '0')}T10:00:00+06:00`,
  }));
}

function writeAll(writer: SitemapWriter, list: readonly SitemapEntry[]): SitemapFile[] {
  return [...list.flatMap((entry) => writer.add(entry)), ...writer.finish()];
}

const ru1001: SitemapArticle = {
  item: { id: '1001', lang: 'ru', slug: 'diplomaty', publishedAt: '2017-07-12T00:00:00+06:00' },
  translations: { ky: '1002' },
};
const ky1002: SitemapArticle = {
  item: { id: '1002', lang: 'ky', slug: 'diplomattar', publishedAt: '2017-07-12T09:00:00+06:00' },
  translations: { ru: '1001' },
};
const slugs = new Map([
  ['1001', 'diplomaty'],
  ['1002', 'diplomattar'],
]);
const slugOf = (id: string) => slugs.get(id);

describe('SitemapWriter: one file', () => {
  it('writes a single well-formed sitemap.xml urlset with loc and lastmod', () => {
    const files = writeAll(new SitemapWriter({ origin: ORIGIN }), entries(3));
    expect(files.map((file) => file.name)).toEqual(['sitemap.xml']);
    const urls = readUrlset(files[0]?.text ?? '');
    expect(urls).toEqual([
      { loc: `${ORIGIN}/ru/news/1/story-1`, lastmod: '2024-01-01T10:00:00+06:00', alternates: [] },
      { loc: `${ORIGIN}/ru/news/2/story-2`, lastmod: '2024-01-02T10:00:00+06:00', alternates: [] },
      { loc: `${ORIGIN}/ru/news/3/story-3`, lastmod: '2024-01-03T10:00:00+06:00', alternates: [] },
    ]);
  });

  it('declares the xhtml namespace on the urlset', () => {
    const [file] = writeAll(new SitemapWriter({ origin: ORIGIN }), entries(1));
    expect(file?.text).toContain(`xmlns:xhtml="${XHTML_NS}"`);
  });

  it('escapes &, <, >, quotes and apostrophes in URLs', () => {
    const hostile = `${ORIGIN}/ru/?q=<script>&a="b"&c='d'`;
    const files = writeAll(new SitemapWriter({ origin: ORIGIN }), [
      { loc: hostile, alternates: [{ hreflang: 'ru', href: hostile }] },
    ]);
    const text = files[0]?.text ?? '';
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;&amp;a=&quot;b&quot;&amp;c=&apos;d&apos;');
    expect(readUrlset(text)).toEqual([
      { loc: hostile, lastmod: undefined, alternates: [{ hreflang: 'ru', href: hostile }] },
    ]);
  });

  it('writes an empty but well-formed urlset when there is nothing', () => {
    const files = writeAll(new SitemapWriter({ origin: ORIGIN }), []);
    expect(files.map((file) => file.name)).toEqual(['sitemap.xml']);
    expect(readUrlset(files[0]?.text ?? '')).toEqual([]);
  });

  it('refuses URLs off the origin, relative paths and an invalid origin', () => {
    const writer = new SitemapWriter({ origin: ORIGIN });
    expect(() => writer.add({ loc: '/ru/' })).toThrow(/not on/);
    expect(() => writer.add({ loc: 'https://evil.example/ru/' })).toThrow(/not on/);
    expect(() => writer.add({ loc: `${ORIGIN}.evil.example/` })).toThrow(/not on/);
    expect(() =>
      writer.add({ loc: `${ORIGIN}/ru/`, alternates: [{ hreflang: 'ky', href: '/ky/' }] }),
    ).toThrow(/alternate is not on/);
    expect(() => writer.add({ loc: `${ORIGIN}/${'a'.repeat(2048)}` })).toThrow(/too long/);
    expect(() => new SitemapWriter({ origin: `${ORIGIN}/` })).toThrow(/site origin/);
  });

  it('refuses adding after finish, and finishing twice', () => {
    const writer = new SitemapWriter({ origin: ORIGIN });
    writer.finish();
    expect(() => writer.add({ loc: `${ORIGIN}/ru/` })).toThrow(/after finish/);
    expect(() => writer.finish()).toThrow(/twice/);
  });
});

describe('SitemapWriter: more URLs than one file holds', () => {
  it('splits into sitemap-N.xml files and a sitemap.xml index, each file handed out when complete', () => {
    const writer = new SitemapWriter({ origin: ORIGIN, maxUrls: 3 });
    const handedOut = entries(7).map((entry) => writer.add(entry).map((file) => file.name));
    // A full file is only known to be one of several when the next URL arrives.
    expect(handedOut).toEqual([[], [], [], ['sitemap-1.xml'], [], [], ['sitemap-2.xml']]);
    const rest = writer.finish();
    expect(rest.map((file) => file.name)).toEqual(['sitemap-3.xml', 'sitemap.xml']);
  });

  it('keeps every URL once, in order, at most the limit per file, and indexes the files', () => {
    const files = [...sitemapFiles(entries(7), { origin: ORIGIN, maxUrls: 3 })];
    const byName = new Map(files.map((file) => [file.name, file.text]));
    const parts = ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml'].map((name) =>
      readUrlset(byName.get(name) ?? ''),
    );
    expect(parts.map((urls) => urls.length)).toEqual([3, 3, 1]);
    expect(parts.flat().map((url) => url.loc)).toEqual(entries(7).map((entry) => entry.loc));
    expect(readIndex(byName.get('sitemap.xml') ?? '')).toEqual([
      { loc: `${ORIGIN}/sitemap-1.xml`, lastmod: '2024-01-03T10:00:00+06:00' },
      { loc: `${ORIGIN}/sitemap-2.xml`, lastmod: '2024-01-06T10:00:00+06:00' },
      { loc: `${ORIGIN}/sitemap-3.xml`, lastmod: '2024-01-07T10:00:00+06:00' },
    ]);
  });

  it('writes exactly the limit as one file', () => {
    const files = [...sitemapFiles(entries(3), { origin: ORIGIN, maxUrls: 3 })];
    expect(files.map((file) => file.name)).toEqual(['sitemap.xml']);
    expect(readUrlset(files[0]?.text ?? '')).toHaveLength(3);
  });

  it('gives a file the newest lastmod of its URLs, comparing instants across offsets', () => {
    const files = [
      ...sitemapFiles(
        [
          { loc: `${ORIGIN}/a`, lastmod: '2024-03-01T05:00:00+06:00' }, // 2024-02-29T23:00Z
          { loc: `${ORIGIN}/b`, lastmod: '2024-02-29T23:30:00Z' },
          { loc: `${ORIGIN}/c` },
          { loc: `${ORIGIN}/d` },
        ],
        { origin: ORIGIN, maxUrls: 2 },
      ),
    ];
    const index = readIndex(files.find((file) => file.name === 'sitemap.xml')?.text ?? '');
    expect(index).toEqual([
      { loc: `${ORIGIN}/sitemap-1.xml`, lastmod: '2024-02-29T23:30:00Z' },
      { loc: `${ORIGIN}/sitemap-2.xml`, lastmod: undefined },
    ]);
  });

  it('also splits by size, keeping every file within the byte limit', () => {
    const list = entries(20);
    const one = [...sitemapFiles(list.slice(0, 1), { origin: ORIGIN })][0]?.text ?? '';
    const maxBytes = Buffer.byteLength(one) * 3;
    const files = [...sitemapFiles(list, { origin: ORIGIN, maxBytes })];
    const parts = files.filter((file) => file.name !== 'sitemap.xml');
    expect(parts.length).toBeGreaterThan(1);
    for (const file of files) expect(Buffer.byteLength(file.text)).toBeLessThanOrEqual(maxBytes);
    expect(parts.flatMap((file) => readUrlset(file.text)).map((url) => url.loc)).toEqual(
      list.map((entry) => entry.loc),
    );
  });

  it('refuses a URL that alone exceeds the byte limit', () => {
    const writer = new SitemapWriter({ origin: ORIGIN, maxBytes: 200 });
    expect(() => writer.add({ loc: `${ORIGIN}/${'a'.repeat(300)}` })).toThrow(/exceeds/);
  });

  it('has the protocol limits by default: 50,000 URLs, 50 MiB', () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    expect(SITEMAP_MAX_BYTES).toBe(50 * 1024 * 1024);
    const short = (index: number): SitemapEntry => ({ loc: `${ORIGIN}/${index}` });
    const names = (count: number) => {
      const writer = new SitemapWriter({ origin: ORIGIN });
      const out: string[] = [];
      for (let index = 0; index < count; index++) {
        for (const file of writer.add(short(index))) out.push(file.name);
      }
      return [...out, ...writer.finish().map((file) => file.name)];
    };
    expect(names(50_000)).toEqual(['sitemap.xml']);
    expect(names(50_001)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    expect(() => new SitemapWriter({ origin: ORIGIN, maxUrls: 50_001 })).toThrow(RangeError);
  });
});

describe('articleSitemapEntry', () => {
  it('links a Russian story and its Kyrgyz translation, x-default to the Russian', () => {
    const alternates = [
      { hreflang: 'ru', href: `${ORIGIN}/ru/news/1001/diplomaty` },
      { hreflang: 'ky', href: `${ORIGIN}/ky/news/1002/diplomattar` },
      { hreflang: 'x-default', href: `${ORIGIN}/ru/news/1001/diplomaty` },
    ];
    expect(articleSitemapEntry(ORIGIN, ru1001, slugOf)).toEqual({
      loc: `${ORIGIN}/ru/news/1001/diplomaty`,
      lastmod: '2017-07-12T00:00:00+06:00',
      alternates,
    });
    // The translation carries the same set, so the pair is reciprocal as hreflang requires.
    expect(articleSitemapEntry(ORIGIN, ky1002, slugOf)).toEqual({
      loc: `${ORIGIN}/ky/news/1002/diplomattar`,
      lastmod: '2017-07-12T09:00:00+06:00',
      alternates,
    });
  });

  it('writes the alternates as xhtml:link elements', () => {
    const files = [
      ...sitemapFiles(
        [ru1001, ky1002].map((summary) => articleSitemapEntry(ORIGIN, summary, slugOf)),
        { origin: ORIGIN },
      ),
    ];
    const urls = readUrlset(files[0]?.text ?? '');
    expect(urls.map((url) => url.alternates.map((link) => link.hreflang))).toEqual([
      ['ru', 'ky', 'x-default'],
      ['ru', 'ky', 'x-default'],
    ]);
  });

  it('gives a story without translation no alternates', () => {
    const entry = articleSitemapEntry(
      ORIGIN,
      { item: { ...ru1001.item, id: '7' }, translations: {} },
      slugOf,
    );
    expect(entry.alternates).toEqual([]);
    const files = [...sitemapFiles([entry], { origin: ORIGIN })];
    expect(files[0]?.text).not.toContain('<xhtml:link');
  });

  it('leaves out a translation whose slug it cannot find (no redirecting alternates)', () => {
    const entry = articleSitemapEntry(ORIGIN, ky1002, () => undefined);
    expect(entry.alternates).toEqual([]);
  });

  it('prefers updatedAt for lastmod and ignores a translation to its own language', () => {
    const entry = articleSitemapEntry(
      ORIGIN,
      {
        item: { ...ru1001.item, updatedAt: '2017-07-13T08:00:00+06:00' },
        translations: { ru: '999' },
      },
      slugOf,
    );
    expect(entry.lastmod).toBe('2017-07-13T08:00:00+06:00');
    expect(entry.alternates).toEqual([]);
  });

  it('accepts the content build summary shape (FeedItem with lead, title, rubric)', () => {
    const summary = {
      file: 'content/articles/1001.json',
      item: { ...ru1001.item, title: 'T', lead: 'L', rubric: 'politics' as const },
      translations: { ky: '1002' },
      tags: [],
    };
    expect(articleSitemapEntry(ORIGIN, summary, slugOf).loc).toBe(
      `${ORIGIN}/ru/news/1001/diplomaty`,
    );
  });
});

describe('editionSitemapEntries', () => {
  it('lists the front pages as alternates of each other, x-default to the Russian one', () => {
    const alternates = [
      { hreflang: 'ru', href: `${ORIGIN}/ru/` },
      { hreflang: 'ky', href: `${ORIGIN}/ky/` },
      { hreflang: 'x-default', href: `${ORIGIN}/ru/` },
    ];
    const list = editionSitemapEntries(ORIGIN, { ru: '2024-05-01T12:00:00+06:00' });
    expect(list).toEqual([
      { loc: `${ORIGIN}/ru/`, lastmod: '2024-05-01T12:00:00+06:00', alternates },
      { loc: `${ORIGIN}/ky/`, lastmod: undefined, alternates },
    ]);
    const urls = readUrlset([...sitemapFiles(list, { origin: ORIGIN })][0]?.text ?? '');
    expect(urls.map((url) => url.alternates)).toEqual([alternates, alternates]);
  });
});

describe('w3cDatetime', () => {
  it('keeps content dates with their offset and writes Dates in UTC', () => {
    expect(w3cDatetime('2017-07-12T00:00:00+06:00')).toBe('2017-07-12T00:00:00+06:00');
    expect(w3cDatetime('2017-07-12T00:00Z')).toBe('2017-07-12T00:00Z');
    expect(w3cDatetime(new Date(Date.UTC(2017, 6, 11, 18)))).toBe('2017-07-11T18:00:00.000Z');
  });

  it.each(['2017-07-12 00:00', '2017-07-12T00:00:00', '2017-02-30T00:00:00Z', 'yesterday'])(
    'refuses %j',
    (value) => {
      expect(() => w3cDatetime(value)).toThrow(RangeError);
    },
  );

  it('refuses an invalid Date', () => {
    expect(() => w3cDatetime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
