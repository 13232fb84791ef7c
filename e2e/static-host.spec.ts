import { fixturePath, FIXTURE_ARTICLES, SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import { expectNotFound, expectStory } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

/**
 * Every page at its own address, as any static host serves a folder: `x.html` for `/x`,
 * `dir/index.html` for `/dir/`, `404.html` for the rest. These journeys hold on a plain static
 * file server with no rewrite rule (CI runs them on one, e2e/support/static-host.ts) as on
 * `vite preview` and nginx.
 */

const NEWEST = FIXTURE_ARTICLES.at(-1);
if (!NEWEST) throw new Error('no fixture stories');

/** A page's address and what its raw HTML must hold: the page itself, not the app's shell. */
const PAGES = [
  { address: '/ru/', holds: `>${TEXT.ru.latestHeading}</h1>` },
  { address: '/ky/', holds: `>${TEXT.ky.latestHeading}</h1>` },
  { address: '/ru/page/1', holds: `>${TEXT.ru.latestPage1}</h1>` },
  { address: '/ru/rubric/society', holds: `>${TEXT.ru.society}</h1>` },
  { address: '/ru/rubric/society/page/2', holds: `>${TEXT.ru.societyPage2}</h1>` },
  { address: SEED_RU.path, holds: `>${SEED_RU.title}</h1>` },
  { address: SEED_KY.path, holds: `>${SEED_KY.title}</h1>` },
  { address: fixturePath('ru', NEWEST), holds: `>${NEWEST.title}</h1>` },
];

test.describe('on any static host', () => {
  for (const { address, holds } of PAGES) {
    test(`${address} is served prerendered, with the data to take it over`, async ({ request }) => {
      const response = await request.get(address);
      expect(response.status()).toBe(200);
      const html = await response.text();
      // Its headline as written, whatever spans keep groups like "44-й" on one line.
      expect(html.replace(/<(?!\/?h1\b)[^>]*>/g, '')).toContain(holds);
      expect(html).toContain('<script type="application/json" id="page-data">');
    });
  }

  test('a story’s page carries its link preview', async ({ request }) => {
    const html = await (await request.get(SEED_RU.path)).text();
    expect(html).toContain(`<meta property="og:title" content="${SEED_RU.title}">`);
    expect(html).toContain(`<link rel="canonical" href="https://news.example.kg${SEED_RU.path}">`);
  });

  test('what machines read is at the site’s root', async ({ request }) => {
    for (const file of ['/robots.txt', '/sitemap.xml', '/ru/rss.xml', '/ky/rss.xml']) {
      expect((await request.get(file)).status(), file).toBe(200);
    }
  });

  test('an address the site does not have is a real 404, with the not-found page', async ({
    page,
  }) => {
    const response = await page.goto('/ru/no-such-page');
    expect(response?.status()).toBe(404);
    await expectNotFound(page, 'ru');
  });

  test('a story reached by an outdated slug opens at its address', async ({ page }) => {
    await page.goto(SEED_RU.path.replace(/[^/]+$/, 'an-outdated-slug'));
    await expect(page).toHaveURL(SEED_RU.path);
    await expectStory(page, SEED_RU.title);
  });
});

test.describe('on any static host, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a story reached without its slug opens at its address', async ({ page }) => {
    await page.goto(SEED_KY.path.replace(/\/[^/]+$/, ''));
    await expect(page).toHaveURL(SEED_KY.path);
    await expect(
      page.getByRole('heading', { level: 1, name: SEED_KY.title, exact: true }),
    ).toBeVisible();
  });
});
