import { createHash } from 'node:crypto';
import type { ConsoleMessage, Page } from '@playwright/test';
import { FIXTURE_ARTICLES, SEED_KY, SEED_RU, fixturePath } from './support/fixture-articles.ts';
import { gotoMadeAt, languageSwitch } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

/** The seed story's first and last paragraphs, as the page must carry them. */
const FIRST_PARAGRAPH = /^12 июля в г\. Абиджан, Республика Кот-д'Ивуар/;
const LAST_PARAGRAPH = /путем активизации политического диалога\.$/;
const ORIGIN = 'https://news.example.kg';

/** A story's address with a slug it no longer has. */
const atOutdatedSlug = (path: string) => path.replace(/[^/]+$/, 'an-outdated-slug');
/** A story's address without its slug. */
const withoutSlug = (path: string) => path.replace(/\/[^/]+$/, '');

test('a story’s largest paint is the HTML’s, before the app, and stays when the app takes over', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const painted: { element: Element | null; time: number }[] = [];
    Reflect.set(window, 'e2eLargestPaints', painted);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry instanceof LargestContentfulPaint) {
          painted.push({ element: entry.element, time: entry.startTime });
        }
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(SEED_RU.path);
  // The app has taken over; give a late paint the time to be reported.
  await page.waitForTimeout(1000);
  const largest = await page.evaluate(() => {
    const painted: unknown = Reflect.get(window, 'e2eLargestPaints');
    const last: unknown = Array.isArray(painted) ? painted.at(-1) : undefined;
    const element: unknown = last && typeof last === 'object' ? Reflect.get(last, 'element') : null;
    const time: unknown = last && typeof last === 'object' ? Reflect.get(last, 'time') : NaN;
    const app = performance
      .getEntriesByType('resource')
      .find((entry) => /\/assets\/index-[^/]*\.js$/.test(entry.name));
    return {
      connected: element instanceof Element && element.isConnected,
      inMain: element instanceof Element && element.closest('main') !== null,
      beforeApp: typeof time === 'number' && app !== undefined && time < app.startTime,
    };
  });
  expect(largest).toEqual({ connected: true, inMain: true, beforeApp: true });
});

test.describe('the raw HTML of a story, as a link-preview bot reads it', () => {
  test('paints with nothing but itself: its styles inline, no stylesheet or script to fetch first', async ({
    request,
  }) => {
    for (const path of [SEED_RU.path, '/ru/']) {
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head).toMatch(/<style>[^<]+<\/style>/);
      expect(html).not.toMatch(/<link\b[^>]*\brel="?stylesheet/);
      expect(head).not.toMatch(/<script\b[^>]*\bsrc=/);
    }
  });

  test('holds the headline, the body, Open Graph and JSON-LD', async ({ request }) => {
    const response = await request.get(SEED_RU.path);
    expect(response.status()).toBe(200);
    const html = await response.text();

    expect(html).toContain('<html lang="ru">');
    // Its text as written, whatever spans keep groups like "44-й" on one line.
    const text = html.replace(/<(?!\/?h1\b)[^>]*>/g, '');
    expect(text).toMatch(new RegExp(`<h1[^>]*>${SEED_RU.title}</h1>`));
    expect(html).toContain(`<title>${SEED_RU.title} — ${TEXT.ru.siteName}</title>`);
    expect(text).toContain('12 июля в г. Абиджан, Республика Кот-д&#x27;Ивуар');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(`<meta property="og:title" content="${SEED_RU.title}">`);
    expect(html).toContain(`<meta property="og:url" content="${ORIGIN}${SEED_RU.path}">`);
    expect(html).toContain(`<meta property="og:image" content="${ORIGIN}/og-image.png">`);
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${SEED_RU.path}">`);
    expect(html).toContain(`<link rel="alternate" href="${ORIGIN}${SEED_KY.path}" hreflang="ky">`);

    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(jsonLd, 'a JSON-LD block').toBeDefined();
    expect(JSON.parse(jsonLd ?? 'null')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: SEED_RU.title,
      datePublished: SEED_RU.publishedAt,
      dateModified: SEED_RU.publishedAt,
      inLanguage: 'ru-KG',
      publisher: { name: TEXT.ru.siteName },
    });
  });

  test('links its translation by address, without carrying the translation', async ({
    request,
  }) => {
    const html = await (await request.get(SEED_RU.path)).text();
    expect(html).toContain(`href="${SEED_KY.path}"`);
    // The Kyrgyz story's headline appears nowhere in the Russian page, its data included.
    expect(html).not.toContain(SEED_KY.title);
  });

  test('carries a strict Content Security Policy', async ({ request }) => {
    const html = await (await request.get(SEED_RU.path)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
      .exec(html)?.[1]
      ?.replace(/&#39;/g, "'");
    expect(policy, 'a CSP meta tag').toBeDefined();
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    // The inline scripts that run, the preferences script and the boot script, are allowed by
    // their hashes; the rest are data blocks the policy does not run.
    const inline = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((match) => match[1] ?? '');
    expect(inline).toHaveLength(2);
    for (const script of inline) {
      const hash = createHash('sha256').update(script).digest('base64');
      expect(policy).toContain(`'sha256-${hash}'`);
    }
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      expect(tag).toMatch(/^<script>$|type="application\/(?:json|ld\+json)"/);
    }
  });

  test('a story’s address without its slug sends on to the story; an unknown story is a real 404', async ({
    request,
  }) => {
    const bare = await request.get(withoutSlug(SEED_KY.path));
    expect(bare.status()).toBe(200);
    const html = await bare.text();
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${SEED_KY.path}">`);
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${SEED_KY.path}">`);
    expect(html).toContain(`<a href="${SEED_KY.path}">${SEED_KY.title}</a>`);
    for (const lang of ['ru', 'ky'] as const) {
      const unknown = await request.get(`/${lang}/news/424242/x`);
      expect(unknown.status()).toBe(404);
      expect(await unknown.text()).toContain(`<html lang="${lang}">`);
    }
  });

  test('keeps the preview picture under 300 KB', async ({ request }) => {
    const image = await request.get('/og-image.png');
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect((await image.body()).byteLength).toBeLessThan(300 * 1024);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the front page lists the latest stories and links to them', async ({ page }) => {
    await page.goto('/ru/');
    await expect(
      page.getByRole('heading', { level: 1, name: TEXT.ru.latestHeading, exact: true }),
    ).toBeVisible();
    const newest = FIXTURE_ARTICLES.filter((article) => article.lang === 'ru').at(-1);
    if (!newest) throw new Error('no Russian fixture stories');
    const link = page.getByRole('link', { name: newest.title, exact: true });
    await expect(link).toHaveAttribute('href', fixturePath('ru', newest));
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: newest.title })).toBeVisible();
  });

  test('a story reads whole, with its date, send-your-news links and a way back', async ({
    page,
  }) => {
    await page.goto(SEED_RU.path);
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 1, name: SEED_RU.title })).toBeVisible();
    await expect(article.locator('time').first()).toHaveAttribute('datetime', SEED_RU.publishedAt);
    await expect(article.locator('time').first()).toHaveText('12 июля 2017 г.');
    const paragraphs = article.locator('.article-body p');
    await expect(paragraphs).toHaveCount(8);
    await expect(paragraphs.first()).toHaveText(FIRST_PARAGRAPH);
    await expect(paragraphs.last()).toHaveText(LAST_PARAGRAPH);

    const sendNews = page.getByRole('region', { name: TEXT.ru.sendNewsHeading });
    await expect(sendNews.getByRole('link', { name: /Telegram/ })).toHaveAttribute(
      'href',
      /^https:\/\/t\.me\//,
    );
    await expect(sendNews.getByRole('link', { name: /WhatsApp/ })).toHaveAttribute(
      'href',
      /^https:\/\/wa\.me\//,
    );
    await page.getByRole('link', { name: TEXT.ru.back, exact: true }).click();
    await expect(page).toHaveURL('/ru/');
    await expect(
      page.getByRole('heading', { level: 1, name: TEXT.ru.latestHeading, exact: true }),
    ).toBeVisible();
  });

  test('a story reached without its slug, or by an outdated one, reads whole at its address', async ({
    page,
  }) => {
    for (const address of [withoutSlug(SEED_RU.path), atOutdatedSlug(SEED_RU.path)]) {
      await test.step(address, async () => {
        await page.goto(address);
        await expect(page).toHaveURL(SEED_RU.path);
        await expect(page.getByRole('heading', { level: 1, name: SEED_RU.title })).toBeVisible();
        await expect(page.locator('.article-body p')).toHaveCount(8);
      });
    }
  });

  test('the language switch leads to the translation', async ({ page }) => {
    await page.goto(SEED_RU.path);
    await languageSwitch(page, 'ru').getByRole('link', { name: TEXT.ky.autonym }).click();
    await expect(page).toHaveURL(SEED_KY.path);
    await expect(page.getByRole('heading', { level: 1, name: SEED_KY.title })).toBeVisible();
  });
});

/** Console messages of types that signal trouble, hydration mismatches among them. */
function collectWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    // Playwright's own note, not the page's: the suite blocks the service worker (see its config).
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning') {
      warnings.push(`${message.type()}: ${message.text()}`);
    }
  });
  return warnings;
}

/**
 * The API requests a page makes for its own data (of its story, if `id` is given). On a phone,
 * links on screen fetch the stories they open ahead (a feed's, a story's translation), and every
 * page asks for the edition's breaking news once the app runs: those are not the page's own.
 */
function ownDataRequests(page: Page, id: string | undefined): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    const story = /\/api\/v1\/articles\/([^/]+)\.json$/.exec(new URL(url).pathname)?.[1];
    const ahead = story !== undefined && story !== id;
    const breaking = url.endsWith('/breaking.json');
    if (url.includes('/api/') && !ahead && !breaking) requests.push(url);
  });
  return requests;
}

test.describe('hydration', () => {
  for (const { path, id } of [
    SEED_RU,
    SEED_KY,
    { path: '/ru/', id: undefined },
    { path: '/ky/', id: undefined },
    { path: '/ru/rubric/politics', id: undefined },
  ]) {
    test(`takes over ${path} without a warning or a data request`, async ({ page }) => {
      const warnings = collectWarnings(page);
      const dataRequests = ownDataRequests(page, id);
      await gotoMadeAt(page, path, new Date());
      await page.waitForLoadState('networkidle');
      expect(warnings).toEqual([]);
      expect(dataRequests, 'the page brought its own data').toEqual([]);

      // The app is live: an in-app link navigates without reloading the document.
      await page.evaluate(() => {
        document.documentElement.dataset.e2eSameDocument = 'yes';
      });
      await page
        .getByRole('banner')
        .getByRole('link', { name: path.startsWith('/ky') ? TEXT.ky.siteName : TEXT.ru.siteName })
        .click();
      await expect(page.locator('html')).toHaveAttribute('data-e2e-same-document', 'yes');
    });
  }

  test('a page made over a minute ago asks for its feed again once the app has started', async ({
    page,
  }) => {
    const feed = page.waitForRequest((request) => request.url().endsWith('/api/v1/ru/latest.json'));
    await gotoMadeAt(page, '/ru/', new Date(Date.now() - 5 * 60_000));
    await feed;
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('asks for the app’s script only once the story has painted', async ({ page }) => {
    await page.goto(SEED_RU.path);
    const timing = await page.evaluate(() => {
      const entry = document.querySelector<HTMLMetaElement>('meta[name="app-entry"]')?.content;
      const script = performance
        .getEntriesByType('resource')
        .find((resource) => entry !== undefined && resource.name.endsWith(entry));
      const [paint] = performance.getEntriesByName('first-contentful-paint');
      const [navigation] = performance.getEntriesByType('navigation');
      // Its imports too: none is preloaded from the page's head.
      const firstScript = Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((resource) => new URL(resource.name).pathname.endsWith('.js'))
          .map((resource) => resource.startTime),
      );
      return {
        firstScript,
        requested: script?.startTime,
        painted: paint?.startTime,
        loaded: navigation instanceof PerformanceNavigationTiming ? navigation.loadEventEnd : 0,
      };
    });
    expect(timing.requested, 'the app’s script was fetched').toBeDefined();
    expect(timing.painted, 'the story painted').toBeDefined();
    expect(timing.requested).toBeGreaterThan(timing.painted ?? Infinity);
    expect(timing.requested).toBeGreaterThanOrEqual(timing.loaded);
    expect(timing.firstScript).toBeGreaterThan(timing.painted ?? Infinity);
  });

  test('without its slug, moves to the canonical address with the page’s own data', async ({
    page,
  }) => {
    const warnings = collectWarnings(page);
    const dataRequests = ownDataRequests(page, SEED_RU.id);
    await gotoMadeAt(page, withoutSlug(SEED_RU.path), new Date());
    await expect(page).toHaveURL(SEED_RU.path);
    await expect(page.getByRole('heading', { level: 1, name: SEED_RU.title })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(warnings).toEqual([]);
    expect(
      dataRequests,
      'the story, its translation’s address and related stories came with the page',
    ).toEqual([]);
  });
});

/** Parses XML in the page as a browser would, returning the parser's complaint if any. */
async function parseXml(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error?.textContent ?? null,
      root: doc.documentElement.localName,
      namespace: doc.documentElement.namespaceURI,
      locs: Array.from(
        doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc'),
        (loc) => loc.textContent,
      ),
      channel: ['title', 'link', 'description', 'language'].map(
        (name) => doc.querySelector(`rss > channel > ${name}`)?.textContent ?? null,
      ),
      items: Array.from(doc.querySelectorAll('rss > channel > item'), (item) => ({
        title: item.querySelector('title')?.textContent ?? null,
        link: item.querySelector('link')?.textContent ?? null,
        pubDate: item.querySelector('pubDate')?.textContent ?? null,
      })),
    };
  }, text);
}

test.describe('published for machines', () => {
  test('robots.txt names the sitemap', async ({ request }) => {
    const robots = await request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toMatch(/^Sitemap: https:\/\/news\.example\.kg\/sitemap\.xml$/m);
  });

  test('the sitemap is valid and lists every story and both front pages', async ({
    page,
    request,
  }) => {
    const sitemap = await request.get('/sitemap.xml');
    expect(sitemap.status()).toBe(200);
    const parsed = await parseXml(page, await sitemap.text());
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('urlset');
    expect(parsed.namespace).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.locs).toEqual(
      expect.arrayContaining([
        `${ORIGIN}/ru/`,
        `${ORIGIN}/ky/`,
        `${ORIGIN}${SEED_RU.path}`,
        `${ORIGIN}${SEED_KY.path}`,
        ...FIXTURE_ARTICLES.map((article) => `${ORIGIN}${fixturePath(article.lang, article)}`),
      ]),
    );
  });

  for (const lang of ['ru', 'ky'] as const) {
    test(`the ${lang} RSS feed is valid RSS 2.0 and its links open stories`, async ({
      page,
      request,
    }) => {
      const feed = await request.get(`/${lang}/rss.xml`);
      expect(feed.status()).toBe(200);
      const parsed = await parseXml(page, await feed.text());
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('rss');
      const [title, link, description, language] = parsed.channel;
      expect(title).toBeTruthy();
      expect(link).toBe(`${ORIGIN}/${lang}/`);
      expect(description).toBeTruthy();
      expect(language).toBe(lang);
      expect(parsed.items.length).toBeGreaterThan(0);
      expect(parsed.items.length).toBeLessThanOrEqual(50);
      for (const item of parsed.items) {
        expect(item.title).toBeTruthy();
        expect(item.pubDate).toMatch(
          /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
        );
      }
      const first = parsed.items[0]?.link ?? '';
      expect(first.startsWith(`${ORIGIN}/${lang}/news/`)).toBe(true);
      const story = await request.get(first.slice(ORIGIN.length));
      expect(story.status()).toBe(200);
      expect(await story.text()).toContain(`<h1`);
    });
  }

  test('every page links both RSS feeds from its head', async ({ request }) => {
    for (const path of ['/ru/', SEED_KY.path, '/ru/rubric/politics']) {
      const html = await (await request.get(path)).text();
      expect(html).toContain(`href="${ORIGIN}/ru/rss.xml" type="application/rss+xml"`);
      expect(html).toContain(`href="${ORIGIN}/ky/rss.xml" type="application/rss+xml"`);
    }
  });
});
