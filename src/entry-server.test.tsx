// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestUrl } from './test/browser.ts';
import { parsePageData } from './app/page-data.ts';
import { article1001, article1002 } from './test/article-fixtures.ts';
import { render, splitHoisted } from './entry-server.tsx';

const site = { origin: 'https://news.example.kg' };
const RU_PATH = `/ru/news/1001/${article1001.slug}`;

const ARTICLES = new Map([article1001, article1002].map((article) => [article.id, article]));

/** The shipped content as the API serves it, for the few files these pages use. */
function contentApi(input: RequestInfo | URL): Promise<Response> {
  return Promise.resolve(answer(input));
}

function answer(input: RequestInfo | URL): Response {
  const url = requestUrl(input);
  const article = /\/api\/v1\/articles\/([a-z0-9-]+)\.json$/.exec(url)?.[1];
  if (article) {
    const found = ARTICLES.get(article);
    return found ? Response.json(found) : new Response('{}', { status: 404 });
  }
  const feed = /\/api\/v1\/(ru|ky)\/latest\/1\.json$/.exec(url)?.[1];
  if (feed) {
    const item = feed === 'ru' ? article1001 : article1002;
    return Response.json({
      lang: feed,
      page: 1,
      pageCount: 1,
      pageSize: 20,
      total: 1,
      items: [
        {
          id: item.id,
          lang: item.lang,
          slug: item.slug,
          title: item.title,
          publishedAt: item.publishedAt,
        },
      ],
    });
  }
  return new Response('{}', { status: 404 });
}

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(contentApi));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function page(url: string) {
  const result = await render(url, site);
  if (result.kind !== 'page') throw new Error(`${url} redirected to ${result.location}`);
  return result;
}

describe('render', () => {
  it('renders a story whole: headline, date, place, body, source, send-news and back links', async () => {
    const result = await page(RU_PATH);
    expect(result.status).toBe(200);
    expect(result.lang).toBe('ru');
    expect(result.html).toContain(`<h1`);
    expect(result.html).toContain(article1001.title);
    expect(result.html).toContain('<time dateTime="2017-07-12T00:00:00+06:00"');
    expect(result.html).toContain('12 июля 2017');
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
    expect(result.html).toContain(article1002.title);
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

describe('render with the data the build holds', () => {
  /** The build's data: the stories, and nothing for the feeds (which are then fetched). */
  const known = (queryKey: readonly unknown[]) =>
    queryKey[0] === 'articles' && queryKey[1] === 'detail'
      ? ARTICLES.get(String(queryKey[2]))
      : undefined;

  it('renders the same page as from the API, without fetching what it was given', async () => {
    const fromApi = await page(RU_PATH);
    vi.mocked(fetch).mockClear();
    const seeded = await render(RU_PATH, { ...site, known });
    expect(seeded).toEqual(fromApi);
    const fetched = vi.mocked(fetch).mock.calls.map(([input]) => requestUrl(input));
    expect(fetched.some((url) => url.includes('/articles/'))).toBe(false);
  });

  it('carries exactly the queries the page asked for, no more', async () => {
    const asked = new Set<string>();
    const result = await render(RU_PATH, {
      ...site,
      known: (queryKey) => {
        asked.add(JSON.stringify(queryKey));
        return known(queryKey);
      },
    });
    if (result.kind !== 'page') throw new Error(`redirected to ${result.location}`);
    const keys = parsePageData(result.pageData).queries.map((query) => JSON.stringify(query.key));
    // The feed pages related stories are chosen from are asked for, but only the few chosen
    // travel with the page.
    const feedPages = [...asked].filter((key) => /"(rubrics|tags)"/.test(key));
    expect(feedPages).toHaveLength(3);
    // The translation is asked for whole, and travels as its address alone.
    const translation = JSON.stringify(['articles', 'detail', '1002']);
    expect(asked).toContain(translation);
    expect(keys).not.toContain(translation);
    const carried = [...asked]
      .filter((key) => !feedPages.includes(key))
      .map((key) => (key === translation ? JSON.stringify(['articles', 'address', '1002']) : key));
    expect(keys.sort()).toEqual(carried.sort());
    expect(keys).toContain(JSON.stringify(['feeds', 'ru', 'related', '1001']));
  });

  it('chooses related stories from the feed pages it holds, without fetching them', async () => {
    const other = { id: '1003', lang: 'ru', slug: 'drugaya', title: 'Другая новость' } as const;
    const politics = {
      lang: 'ru',
      page: 1,
      pageCount: 1,
      pageSize: 20,
      total: 2,
      items: [{ ...other, publishedAt: '2017-07-10T09:00:00+06:00' }, feedItemOf(article1001)],
    };
    vi.mocked(fetch).mockClear();
    const result = await render(RU_PATH, {
      ...site,
      known: (queryKey) =>
        JSON.stringify(queryKey) === '["feeds","ru","rubrics","politics",1]'
          ? politics
          : /"tags"/.test(JSON.stringify(queryKey))
            ? { ...politics, total: 0, items: [] }
            : known(queryKey),
    });
    if (result.kind !== 'page') throw new Error(`redirected to ${result.location}`);
    expect(result.html).toContain('Другая новость');
    const related = parsePageData(result.pageData).queries.find(
      (query) => query.kind === 'related',
    );
    expect(related?.data).toEqual([politics.items[0]]);
    expect(vi.mocked(fetch)).not.toHaveBeenCalled();
  });
});

function feedItemOf({ id, lang, slug, title, publishedAt }: typeof article1001) {
  return { id, lang, slug, title, publishedAt };
}

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
