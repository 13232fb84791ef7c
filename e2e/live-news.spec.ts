import type { Page, Route } from '@playwright/test';
import * as v from 'valibot';
import { FIXTURE_ARTICLES, SEED_RU } from './support/fixture-articles.ts';
import { layoutShifts } from './support/layout-shift.ts';
import { expect, test } from './support/test.ts';

/**
 * A page left open keeps up with the newsroom: new stories announced over the feed, a newer
 * version of the open story offered, breaking news in a banner. Playwright's clock stands in for
 * the minutes that pass, and routes for the newsroom publishing: no real waiting.
 */

const NEWEST = FIXTURE_ARTICLES[FIXTURE_ARTICLES.length - 1];
if (!NEWEST) throw new Error('no fixture stories');

const TWO_MINUTES = 2 * 60_000;

const LATE_STORY = {
  id: 'opublikovano-pozzhe',
  lang: 'ru',
  slug: 'opublikovano-pozzhe',
  title: 'Новость, опубликованная после открытия страницы',
  publishedAt: '2030-01-01T12:00:00+06:00',
};

/**
 * The edition's front page feed as the build published it, until `publish()`: then with one
 * more story at its top. Counts the requests for it.
 */
async function routeFrontFeed(page: Page) {
  let published = false;
  let requests = 0;
  await page.route('**/api/v1/ru/latest.json', async (route: Route) => {
    requests++;
    const response = await route.fetch();
    const feed = v.parse(v.looseObject({ items: v.array(v.unknown()) }), await response.json());
    if (published) feed.items.unshift(LATE_STORY);
    await route.fulfill({ response, json: feed });
  });
  return {
    publish: () => {
      published = true;
    },
    requests: () => requests,
  };
}

/** Tells the page it is hidden or shown, as switching tabs does. */
async function setVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate(
    (state) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      Object.defineProperty(document, 'hidden', {
        configurable: true,
        get: () => state === 'hidden',
      });
      // As the browser's own: at the document, bubbling to the window.
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    },
    visible ? 'visible' : 'hidden',
  );
}

const firstHeadline = (page: Page) => page.locator('main .feed__title a').first();

test.describe('a page left open', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  test('announces a story published while the front page is open, and shows it on a tap without a shift', async ({
    page,
  }) => {
    const feed = await routeFrontFeed(page);
    await page.goto('/ru/');
    await expect(firstHeadline(page)).toHaveText(NEWEST.title);
    await page.waitForLoadState('networkidle');
    const boxBefore = await firstHeadline(page).boundingBox();

    feed.publish();
    await page.clock.runFor(TWO_MINUTES);
    const button = page.getByRole('button', { name: 'Показать 1 новую новость' });
    await expect(button).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Опубликована 1 новая новость.' }),
    ).toBeAttached();
    // What the reader was looking at has not moved.
    await expect(firstHeadline(page)).toHaveText(NEWEST.title);
    expect(await firstHeadline(page).boundingBox()).toEqual(boxBefore);

    await button.click();
    await expect(firstHeadline(page)).toHaveText(LATE_STORY.title);
    await expect(firstHeadline(page)).toBeFocused();
    await expect(button).toBeHidden();
  });

  test('asks nothing in a hidden tab, and at once when the reader comes back', async ({ page }) => {
    const feed = await routeFrontFeed(page);
    await page.goto('/ru/');
    // The one check after start (the page is older than a minute) is behind us.
    await page.waitForLoadState('networkidle');
    await setVisible(page, false);
    const before = feed.requests();

    feed.publish();
    await page.clock.runFor(3 * TWO_MINUTES);
    expect(feed.requests()).toBe(before);

    await setVisible(page, true);
    await expect(page.getByRole('button', { name: 'Показать 1 новую новость' })).toBeVisible();
    expect(feed.requests()).toBe(before + 1);
  });

  test('asks nothing while offline, and again once the connection is back', async ({
    page,
    context,
  }) => {
    const feed = await routeFrontFeed(page);
    await page.goto('/ru/');
    await page.waitForLoadState('networkidle');
    const before = feed.requests();

    await context.setOffline(true);
    feed.publish();
    await page.clock.runFor(3 * TWO_MINUTES);
    expect(feed.requests()).toBe(before);

    await context.setOffline(false);
    await page.clock.runFor(1000);
    await expect(page.getByRole('button', { name: 'Показать 1 новую новость' })).toBeVisible();
  });

  test('offers the newer version of an open story, and shows it when asked', async ({ page }) => {
    let edited = false;
    await page.route(`**/api/v1/articles/${SEED_RU.id}.json`, async (route) => {
      const response = await route.fetch();
      const story = v.parse(v.record(v.string(), v.unknown()), await response.json());
      if (edited) {
        story.title = 'Дипломаты завершили встречи в Абиджане';
        story.updatedAt = '2017-07-12T18:05:00+06:00';
      }
      await route.fulfill({ response, json: story });
    });
    await page.goto(SEED_RU.path);
    const headline = page.getByRole('heading', { level: 1 });
    await expect(headline).toHaveText(SEED_RU.title);
    await page.waitForLoadState('networkidle');
    const shiftsBefore = await layoutShifts(page);
    edited = true;
    await page.clock.runFor(TWO_MINUTES);
    const show = page.getByRole('button', { name: 'Показать новую версию' });
    await expect(show).toBeVisible();
    await expect(page.getByText('Опубликована новая версия этой новости.')).toBeVisible();
    // Never swapped under the reader, and nothing moved for the notice.
    await expect(headline).toHaveText(SEED_RU.title);
    expect(await layoutShifts(page)).toEqual(shiftsBefore);

    await show.click();
    await expect(headline).toHaveText('Дипломаты завершили встречи в Абиджане');
    await expect(headline).toBeFocused();
    await expect(page.getByText('Обновлено 12 июля 2017 г. в 18:05')).toBeVisible();
  });

  test('shows breaking news in a banner within the refresh cycle, and keeps it dismissed', async ({
    page,
  }) => {
    let breaking = false;
    await page.route('**/api/v1/ru/breaking.json', async (route) => {
      const items = breaking
        ? [
            {
              ...LATE_STORY,
              publishedAt: '2026-01-01T12:00:00+06:00',
              until: '2999-01-01T00:00:00Z',
            },
          ]
        : [];
      await route.fulfill({ json: { lang: 'ru', items } });
    });
    await page.goto('/ru/');
    await expect(firstHeadline(page)).toBeVisible();
    const banner = page.getByRole('complementary', { name: 'Срочно' });
    await expect(banner).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    const shiftsBefore = await layoutShifts(page);

    breaking = true;
    await page.clock.runFor(TWO_MINUTES);
    await expect(banner.getByRole('link', { name: LATE_STORY.title })).toHaveAttribute(
      'href',
      `/ru/news/${LATE_STORY.id}/${LATE_STORY.slug}`,
    );
    expect(await layoutShifts(page)).toEqual(shiftsBefore);

    await banner.getByRole('button', { name: 'Скрыть срочную новость' }).click();
    await expect(banner).toHaveCount(0);
    await page.reload();
    await expect(firstHeadline(page)).toBeVisible();
    await page.clock.runFor(TWO_MINUTES);
    await expect(banner).toHaveCount(0);
  });
});
