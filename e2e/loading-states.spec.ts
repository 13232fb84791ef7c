import type { Page } from '@playwright/test';
import { FIXTURE_ARTICLES, SEED_RU } from './support/fixture-articles.ts';
import { expectFrameStays } from './support/errors.ts';
import { expectStory, gotoWithoutPageData } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

const ARTICLE_API = '**/api/v1/articles/*.json';

declare global {
  interface Window {
    e2eLayoutShift?: number;
  }
}

/** The page's "loading" status (the story's own controls have statuses of their own). */
function loadingStatus(page: Page) {
  return page.getByRole('main').getByRole('status').filter({ hasText: TEXT.ru.loading });
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

function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const NEWEST = FIXTURE_ARTICLES.at(-1);

test.describe('loading states', () => {
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

    const status = loadingStatus(page);
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
    await gotoWithoutPageData(page, SEED_RU.path, { waitUntil: 'commit' });
    await expect(loadingStatus(page)).toHaveText(TEXT.ru.loading);
    await expect(page.getByRole('main').locator('[aria-busy="true"]')).toBeVisible();
    await expectFrameStays(page, 'ru');
    await expectStory(page, SEED_RU.title);
    await expect(loadingStatus(page)).toHaveCount(0);
  });
});
