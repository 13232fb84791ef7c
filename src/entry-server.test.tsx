// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestUrl } from './test/browser.ts';
import { parsePageData } from './app/page-data.ts';
import { article1001, article1002 } from './test/article-fixtures.ts';
import type { Article } from './shared/contract/article-schema.ts';
import { render, splitHoisted, type ReadApiFile } from './entry-server.tsx';
import { textOfHtml } from './test/whole-text.ts';

const ORIGIN = 'https://news.example.kg';
const RU_PATH = `/ru/news/1001/${article1001.slug}`;

function feedItemOf({ id, lang, slug, title, publishedAt }: Article) {
  return { id, lang, slug, title, publishedAt };
}

/** The shipped content as the build publishes it, for the few files these pages use. */
const API_FILES = new Map<string, unknown>([
  ['articles/1001.json', article1001],
  ['articles/1002.json', article1002],
  ['ru/latest.json', { lang: 'ru', items: [feedItemOf(article1001)] }],
  ['ky/latest.json', { lang: 'ky', items: [feedItemOf(article1002)] }],
  ['ru/latest/1.json', { lang: 'ru', page: 1, items: [feedItemOf(article1001)] }],
]);

/** Reads the API's files as the build does: fresh JSON each time, undefined for none. */
function apiReader(files: ReadonlyMap<string, unknown> = API_FILES): ReadApiFile {
  return (file) => {
    if (!files.has(file)) return undefined;
    const data: unknown = JSON.parse(JSON.stringify(files.get(file)));
    return data;
  };
}

const site = { origin: ORIGIN, readApiFile: apiReader() };

/** The same files served over HTTP, for a query whose file is not at hand. */
function servedApi(input: RequestInfo | URL): Promise<Response> {
  const file = /^\/api\/v1\/(.+)$/.exec(requestUrl(input))?.[1];
  const data = file === undefined ? undefined : API_FILES.get(file);
  return Promise.resolve(
    data === undefined ? new Response('{}', { status: 404 }) : Response.json(data),
  );
}

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(servedApi));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function page(url: string, renderSite = site) {
  const result = await render(url, renderSite);
  if (result.kind !== 'page') throw new Error(`${url} redirected to ${result.location}`);
  return result;
}

describe('render', () => {
  it('renders a story whole: headline, date, place, body, source, send-news and back links', async () => {
    const result = await page(RU_PATH);
    expect(result.status).toBe(200);
    expect(result.lang).toBe('ru');
    expect(result.html).toContain(`<h1`);
    expect(textOfHtml(result.html)).toContain(article1001.title);
    expect(result.html).toContain('<time dateTime="2017-07-12T00:00:00+06:00"');
    expect(textOfHtml(result.html)).toContain('12 июля 2017');
    expect(result.html).toContain('Абиджан');
    expect(result.html).toContain('пресс-служба МИД КР');
    expect(result.html).toContain('https://t.me/');
    expect(result.html).toContain('https://wa.me/');
    expect(result.html).toMatch(/<a[^>]*href="\/ru\/"[^>]*>.*Назад/s);
  });

  it('links the language switch to the translation’s canonical URL', async () => {
    const result = await page(RU_PATH);
    expect(result.html).toContain(`href="/ky/news/1002/${article1002.slug}"`);
  });

  it('puts the title React rendered into the head, with the previews', async () => {
    const result = await page(RU_PATH);
    expect(
      result.head.startsWith(`<title>${article1001.title} — Новости Кыргызстана</title>`),
    ).toBe(true);
    expect(result.head).toContain('<meta property="og:type" content="article">');
    expect(result.head).toContain('application/ld+json');
    expect(result.html).not.toContain('<title>');
  });

  it('carries the data the page was rendered from, valid for the client', async () => {
    const result = await page(RU_PATH);
    const data = parsePageData(result.pageData);
    expect(data.router.errors).toBeNull();
    expect(data.queries.map((query) => query.key)).toEqual(
      expect.arrayContaining([
        ['articles', 'detail', '1001'],
        ['articles', 'address', '1002'],
      ]),
    );
    expect(result.pageData).not.toContain('<');
  });

  it('redirects an outdated slug to the canonical URL', async () => {
    const result = await render('/ru/news/1001/old-slug', site);
    expect(result).toMatchObject({ kind: 'redirect', location: RU_PATH });
  });

  it('renders the front page of an edition', async () => {
    const result = await page('/ky/');
    expect(result.lang).toBe('ky');
    expect(textOfHtml(result.html)).toContain(article1002.title);
    expect(result.head).toContain('hreflang="ky"');
  });

  it('renders a localized not-found page for an unknown story, with status 404', async () => {
    const result = await page('/ky/news/9999/none');
    expect(result.status).toBe(404);
    expect(result.html).toContain('<h1');
    expect(result.head).toContain('noindex');
    const data = parsePageData(result.pageData);
    expect(Object.values(data.router.errors ?? {})).toEqual([
      expect.objectContaining({ status: 404 }),
    ]);
  });

  it('renders an unknown path as not found too', async () => {
    const result = await page('/ru/404');
    expect(result.status).toBe(404);
    expect(result.html).toContain('Страница не найдена');
    expect(result.head).toContain('noindex');
  });
});

describe('render from the API’s files', () => {
  it('renders a page from the files alone, without a request', async () => {
    const result = await page(RU_PATH);
    expect(result.status).toBe(200);
    expect(textOfHtml(result.html)).toContain(article1001.title);
    expect(vi.mocked(fetch)).not.toHaveBeenCalled();
  });

  it('renders the same page as when the files are fetched', async () => {
    const fromFiles = await page(RU_PATH);
    const fetched = await page(RU_PATH, { origin: ORIGIN, readApiFile: () => undefined });
    expect(fetched).toEqual(fromFiles);
    const urls = vi.mocked(fetch).mock.calls.map(([input]) => requestUrl(input));
    expect(urls).toContain('/api/v1/articles/1001.json');
  });

  it('carries exactly the queries the page asked for, no more', async () => {
    const read = new Set<string>();
    const readApiFile = apiReader();
    const result = await page(RU_PATH, {
      origin: ORIGIN,
      readApiFile: (file) => {
        read.add(file);
        return readApiFile(file);
      },
    });
    const queries = parsePageData(result.pageData).queries;
    expect(queries.map((query) => JSON.stringify(query.key)).sort()).toEqual(
      [
        ['articles', 'detail', '1001'],
        ['articles', 'address', '1002'],
        ['articles', 'related', '1001'],
      ]
        .map((key) => JSON.stringify(key))
        .sort(),
    );
    expect([...read].sort()).toEqual([
      'articles/1001.json',
      'articles/1002.json',
      'related/1001.json',
    ]);
    // The translation is read from its story's file, and travels as its address alone.
    const translation = queries.find((query) => query.key[1] === 'address');
    expect(translation?.data).toEqual({ id: '1002', lang: 'ky', slug: article1002.slug });
  });

  it('renders the related stories the build chose for the story, from their file', async () => {
    const other = {
      id: '1003',
      lang: 'ru',
      slug: 'drugaya',
      title: 'Другая новость',
      publishedAt: '2017-07-10T09:00:00+06:00',
    };
    const files = new Map(API_FILES).set('related/1001.json', { items: [other] });
    const result = await page(RU_PATH, { origin: ORIGIN, readApiFile: apiReader(files) });
    expect(result.html).toContain('Другая новость');
    expect(result.html).toContain('href="/ru/news/1003/drugaya"');
    const related = parsePageData(result.pageData).queries.find(
      (query) => query.key[1] === 'related',
    );
    expect(related?.data).toEqual({ items: [other] });
    expect(vi.mocked(fetch)).not.toHaveBeenCalled();
  });

  it('renders a story the build chose no related stories for without them', async () => {
    const result = await page(RU_PATH);
    expect(result.html).not.toContain('Читайте также');
    const related = parsePageData(result.pageData).queries.find(
      (query) => query.key[1] === 'related',
    );
    expect(related?.data).toEqual({ items: [] });
  });

  it('renders a page of the archive from its file', async () => {
    const result = await page('/ru/page/1');
    expect(result.status).toBe(200);
    expect(result.html).toContain('Последние новости, страница 1');
    expect(textOfHtml(result.html)).toContain(article1001.title);
    expect(parsePageData(result.pageData).queries.map((query) => query.key)).toEqual([
      ['feeds', 'ru', 'latest', 'page', 1],
    ]);
    expect(vi.mocked(fetch)).not.toHaveBeenCalled();
  });

  it('renders a rubric that has no stories yet, and so no file, as an empty rubric', async () => {
    const result = await page('/ky/rubric/sport');
    expect(result.status).toBe(200);
    expect(result.html).toContain('Азырынча бул рубрикада жаңылык жок');
    expect(parsePageData(result.pageData).queries).toEqual([
      { key: ['feeds', 'ky', 'rubrics', 'sport', 'head'], data: { lang: 'ky', items: [] } },
    ]);
    expect(vi.mocked(fetch)).not.toHaveBeenCalled();
  });

  it('carries of a translation its address alone, though it reads the whole story', async () => {
    const result = await page(RU_PATH, { origin: ORIGIN, readApiFile: apiReader(API_FILES) });
    const address = parsePageData(result.pageData).queries.find(
      (query) => query.key.join('/') === 'articles/address/1002',
    );
    expect(address?.data).toEqual({ id: '1002', lang: 'ky', slug: article1002.slug });
  });
});

describe('splitHoisted', () => {
  it('separates the head elements React renders first from the markup', () => {
    expect(
      splitHoisted(
        '<title>a &amp; b</title><meta name="x" content="y"/><div><title>no</title></div>',
      ),
    ).toEqual({
      hoisted: '<title>a &amp; b</title><meta name="x" content="y"/>',
      body: '<div><title>no</title></div>',
    });
  });
});
