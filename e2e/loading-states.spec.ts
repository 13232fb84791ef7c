import type { Page, Route } from '@playwright/test';
import { FIXTURE_ARTICLES, SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import { clientLoadedPath, expectStory, languageSwitch } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT, type Lang } from './support/texts.ts';

const ARTICLE_API = '**/api/v1/articles/*.json';
/** Two retries with 1 s and 2 s of backoff come before a transient error is shown. */
const AFTER_RETRIES = { timeout: 12_000 };

declare global {
  interface Window {
    e2eLayoutShift?: number;
  }
}

/** Starts adding up layout shifts not caused by the reader's own input (as CLS does). */
async function startMeasuringLayoutShift(page: Page) {
  await page.evaluate(() => {
    window.e2eLayoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (
          'value' in entry &&
          typeof entry.value === 'number' &&
          !('hadRecentInput' in entry && entry.hadRecentInput === true)
        ) {
          window.e2eLayoutShift = (window.e2eLayoutShift ?? 0) + entry.value;
        }
      }
    }).observe({ type: 'layout-shift', buffered: false });
  });
}

/** Answers every article request with `response`, counting the requests. */
async function answerArticles(page: Page, response: Parameters<Route['fulfill']>[0]) {
  const counter = { requests: 0 };
  await page.route(ARTICLE_API, async (route: Route) => {
    counter.requests += 1;
    await route.fulfill(response);
  });
  return counter;
}

function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The page's frame stays usable while its content fails: header, language switch, footer. */
async function expectFrameStays(page: Page, lang: Lang) {
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(
    page.getByRole('banner').getByRole('link', { name: TEXT[lang].siteName }),
  ).toBeVisible();
  await expect(languageSwitch(page, lang)).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
}

async function expectErrorShown(page: Page, lang: Lang, message: string) {
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible(AFTER_RETRIES);
  await expect(
    alert.getByRole('heading', { level: 1, name: TEXT[lang].errorTitle, exact: true }),
  ).toBeVisible();
  await expect(alert.getByText(message, { exact: true })).toBeVisible();
  await expect(alert.getByRole('button', { name: TEXT[lang].retry })).toBeEnabled();
  await expectFrameStays(page, lang);
}

const NEWEST = FIXTURE_ARTICLES.at(-1);

test.describe('loading and error states', () => {
  test('a slow story shows a skeleton in place, then the story without layout shift', async ({
    page,
  }) => {
    if (!NEWEST) throw new Error('no fixture stories');
    // Slow from the start: on a phone the story is fetched ahead once its link is on screen.
    await page.route(ARTICLE_API, async (route) => {
      await delay(1500);
      await route.continue();
    });
    await page.goto('/ru/');
    const link = page.getByRole('link', { name: NEWEST.title, exact: true });
    await expect(link).toBeVisible();
    await startMeasuringLayoutShift(page);
    await link.click();

    const status = page.getByRole('main').getByRole('status');
    await expect(status).toHaveText(TEXT.ru.loading);
    await expect(page.getByRole('main').locator('[aria-busy="true"]')).toBeVisible();
    await expectFrameStays(page, 'ru');

    await expectStory(page, NEWEST.title);
    await expect(status).toHaveCount(0);
    await expect(page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
    // Let a late shift, if any, be observed before reading the total.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))),
    );
    const shift = await page.evaluate(() => window.e2eLayoutShift ?? 0);
    expect(shift, 'cumulative layout shift while the story loaded').toBeLessThan(0.05);
  });

  test('a story opened directly shows its skeleton inside the page frame while it loads', async ({
    page,
  }) => {
    await page.route(ARTICLE_API, async (route) => {
      await delay(1500);
      await route.continue();
    });
    await page.goto(clientLoadedPath(SEED_RU.path), { waitUntil: 'commit' });
    await expect(page.getByRole('main').getByRole('status')).toHaveText(TEXT.ru.loading);
    await expect(page.getByRole('main').locator('[aria-busy="true"]')).toBeVisible();
    await expectFrameStays(page, 'ru');
    await expectStory(page, SEED_RU.title);
    await expect(page.getByRole('main').getByRole('status')).toHaveCount(0);
  });

  test('a network failure offers a retry that brings the story', async ({ page }) => {
    if (!NEWEST) throw new Error('no fixture stories');
    await page.goto('/ru/');
    await page.route(ARTICLE_API, (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: NEWEST.title, exact: true }).click();

    await expectErrorShown(page, 'ru', TEXT.ru.errorNetwork);
    await expect(page).toHaveTitle(`${TEXT.ru.errorTitle} — ${TEXT.ru.siteName}`);

    await page.unroute(ARTICLE_API);
    await page.getByRole('button', { name: TEXT.ru.retry }).click();
    await expectStory(page, NEWEST.title);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page).toHaveTitle(`${NEWEST.title} — ${TEXT.ru.siteName}`);
  });

  test('a server error is retried twice, then explained (in Kyrgyz)', async ({ page }) => {
    const counter = await answerArticles(page, {
      status: 500,
      contentType: 'text/plain',
      body: 'Internal Server Error',
    });
    await page.goto(clientLoadedPath(SEED_KY.path));
    await expectErrorShown(page, 'ky', TEXT.ky.errorServer);
    await expect(page).toHaveTitle(`${TEXT.ky.errorTitle} — ${TEXT.ky.siteName}`);
    expect(counter.requests, 'one request and two retries').toBe(3);

    await page.unroute(ARTICLE_API);
    await page.getByRole('button', { name: TEXT.ky.retry }).click();
    await expectStory(page, SEED_KY.title);
  });

  test('malformed JSON is explained at once, without retrying', async ({ page }) => {
    const counter = await answerArticles(page, {
      status: 200,
      contentType: 'application/json',
      body: '{"id": "1001", ',
    });
    await page.goto(clientLoadedPath(SEED_RU.path));
    await expectErrorShown(page, 'ru', TEXT.ru.errorInvalid);
    expect(counter.requests).toBe(1);
  });

  test('a story that does not match the schema is explained, not shown', async ({ page }) => {
    await page.route(ARTICLE_API, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ id: '1001', lang: 'ru', title: 'Без текста', body: [] }),
      }),
    );
    await page.goto(clientLoadedPath(SEED_RU.path));
    await expectErrorShown(page, 'ru', TEXT.ru.errorInvalid);
    await expect(page.getByText('Без текста')).toHaveCount(0);
  });

  test('a front page that cannot load offers a retry', async ({ page }) => {
    const FEED_API = '**/api/v1/ru/latest/1.json';
    await page.route(FEED_API, (route) =>
      route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' }),
    );
    await page.goto(clientLoadedPath('/ru/'));
    await expectErrorShown(page, 'ru', TEXT.ru.errorServer);

    await page.unroute(FEED_API);
    await page.getByRole('button', { name: TEXT.ru.retry }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: TEXT.ru.latestHeading, exact: true }),
    ).toBeVisible();
  });
});
