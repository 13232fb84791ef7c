import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderArticleSchema } from './shared/contract/article-schema.ts';
import { FeedHeadSchema } from './shared/contract/feed-schema.ts';
import { requestUrl } from './test/browser.ts';
import { render } from './entry-server.tsx';
import { parsePageData } from './app/page-data.ts';
import {
  CANARY,
  findUnsafeMarkup,
  HOSTILE_ARTICLE,
  HOSTILE_FEED,
  HOSTILE_MARKUP,
  MINIMAL_ARTICLE,
  UNSAFE_LINKS,
  unsafeLinkText,
} from './test/hostile-articles.ts';

/**
 * The server-rendering path (prerendering at build time): a hostile story, as the reader's
 * schema lets it through, written to the API's files as the build writes what it validated, and
 * rendered through the same loaders and components to HTML.
 */
const API_FILES = new Map<string, unknown>([
  [`articles/${HOSTILE_ARTICLE.id}.json`, v.parse(ReaderArticleSchema, HOSTILE_ARTICLE)],
  [`articles/${MINIMAL_ARTICLE.id}.json`, v.parse(ReaderArticleSchema, MINIMAL_ARTICLE)],
  ['ru/latest.json', v.parse(FeedHeadSchema, HOSTILE_FEED)],
]);

/** The API's files as the build reads them; related stories and translations: none. */
const site = {
  origin: 'https://news.example.kg',
  readApiFile: (file: string): unknown => {
    if (!API_FILES.has(file)) return undefined;
    const data: unknown = JSON.parse(JSON.stringify(API_FILES.get(file)));
    return data;
  },
};

beforeEach(() => {
  // Every page here is rendered from the files alone.
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) =>
      Promise.reject(new Error(`unexpected fetch of ${requestUrl(input)}`)),
    ),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(window, CANARY);
});

/** The page as a browser would get it, parsed (DOMParser runs no script). */
async function renderedDocument(url: string): Promise<{ doc: Document; pageData: string }> {
  const result = await render(url, site);
  if (result.kind !== 'page') throw new Error(`${url} redirected to ${result.location}`);
  expect(result.status).toBe(200);
  const html =
    `<!doctype html><html><head>${result.head}</head><body><div id="root">${result.html}</div>` +
    `<script type="application/json" id="page-data">${result.pageData}</script></body></html>`;
  return { doc: new DOMParser().parseFromString(html, 'text/html'), pageData: result.pageData };
}

describe('prerendering a hostile story', () => {
  const path = `/ru/news/${HOSTILE_ARTICLE.id}/${HOSTILE_ARTICLE.slug}`;

  it('renders the story, its markup as text', async () => {
    const { doc } = await renderedDocument(path);
    expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE_ARTICLE.title);
    expect(doc.title).toBe(`${HOSTILE_ARTICLE.title} — Новости Кыргызстана`);
    expect(doc.querySelector('.article__lead')?.textContent).toBe(HOSTILE_ARTICLE.lead);
    expect(doc.querySelector('.article-body h2')?.textContent).toBe(
      `Подзаголовок ${HOSTILE_MARKUP[4]}`,
    );
  });

  it('puts no script, handler or unsafe address in the HTML', async () => {
    const { doc } = await renderedDocument(path);
    expect(findUnsafeMarkup(doc)).toEqual([]);
    expect(doc.querySelectorAll('iframe, svg, img[onerror]')).toHaveLength(0);
    for (const [index] of UNSAFE_LINKS.entries()) {
      const text = [...doc.querySelectorAll('.article-body p')].find(
        (p) => p.textContent === unsafeLinkText(index),
      );
      expect(text?.querySelector('a'), unsafeLinkText(index)).toBeNull();
    }
    expect(Reflect.get(window, CANARY)).toBeUndefined();
  });

  it('keeps the content inside its data scripts: each parses back to the story', async () => {
    const { doc, pageData } = await renderedDocument(path);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((script) => script.type).sort()).toEqual([
      'application/json',
      'application/ld+json',
    ]);
    const data = parsePageData(pageData);
    expect(data.queries.find((query) => query.key[1] === 'detail')?.data).toMatchObject({
      title: HOSTILE_ARTICLE.title,
    });
    const ld: unknown = JSON.parse(
      doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
    );
    expect(ld).toMatchObject({ headline: HOSTILE_ARTICLE.title });
  });

  it('writes the head’s previews with the markup escaped', async () => {
    const { doc } = await renderedDocument(path);
    const og = doc.querySelector('meta[property="og:title"]');
    expect(og?.getAttribute('content')).toBe(HOSTILE_ARTICLE.title);
    expect(doc.head.querySelectorAll('img, script:not([type])')).toHaveLength(0);
  });

  it('renders a story with only its required fields', async () => {
    const { doc } = await renderedDocument(
      `/ky/news/${MINIMAL_ARTICLE.id}/${MINIMAL_ARTICLE.slug}`,
    );
    expect(doc.querySelector('h1')?.textContent).toBe(MINIMAL_ARTICLE.title);
    expect(doc.querySelector('article')?.textContent).not.toMatch(/undefined|null|NaN/);
  });

  it('renders a feed of hostile headlines as text', async () => {
    const { doc } = await renderedDocument('/ru/');
    const titles = [...doc.querySelectorAll('main a')].map((link) => link.textContent);
    expect(titles).toEqual(expect.arrayContaining(HOSTILE_FEED.items.map((item) => item.title)));
    expect(findUnsafeMarkup(doc)).toEqual([]);
  });
});
