import type { Page } from '@playwright/test';
import {
  CANARY,
  findUnsafeMarkup,
  HOSTILE_ARTICLE,
  HOSTILE_FEED,
  HOSTILE_MARKUP,
  HUGE_ARTICLE,
  HUGE_PARAGRAPHS,
  LONG_WORD,
  MINIMAL_ARTICLE,
  UNSAFE_LINKS,
  unsafeLinkText,
} from '../src/test/hostile-articles.ts';
import { BOOT_SCRIPT } from '../scripts/security/content-security-policy.ts';
import { PREFERENCES_SCRIPT } from '../scripts/security/preferences-script.ts';
import { expectStory, gotoWithoutPageData, horizontalOverflow } from './support/page.ts';
import { expect, test } from './support/test.ts';

/**
 * Hostile content served in place of the API (the content build refuses it, so the built API
 * never has it): the app loads and renders it in the browser. Nothing in it may run, become an
 * element or an address, or break the layout of a 320 px screen.
 */

const STORIES = [HOSTILE_ARTICLE, HUGE_ARTICLE, MINIMAL_ARTICLE];

async function serveHostileApi(page: Page) {
  for (const story of STORIES) {
    await page.route(`**/api/v1/articles/${story.id}.json`, (route) =>
      route.fulfill({ json: story }),
    );
  }
  await page.route('**/api/v1/ru/latest.json', (route) => route.fulfill({ json: HOSTILE_FEED }));
}

/** Dialogs the page opened (alert, confirm, prompt): content that ran would open one. */
let dialogs: string[] = [];

/** What on the page could run script or lead somewhere unsafe; and whether anything ran. */
async function expectNothingUnsafe(page: Page) {
  const problems: unknown = await page.evaluate(
    `(${findUnsafeMarkup.toString()})(document, ${JSON.stringify([BOOT_SCRIPT, PREFERENCES_SCRIPT])})`,
  );
  expect(problems, 'unsafe elements, handlers or addresses').toEqual([]);
  expect(await page.evaluate((name) => name in window, CANARY), 'the canary ran').toBe(false);
  expect(dialogs, 'dialogs opened').toEqual([]);
}

/** No sideways scrolling, and every block of the story inside the screen. */
async function expectLayoutHolds(page: Page) {
  const { scrollWidth, clientWidth } = await horizontalOverflow(page);
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
  const widest = await page
    .locator('main p, main h1, main h2, main li, main figure')
    .evaluateAll((elements) =>
      Math.max(...elements.map((element) => element.getBoundingClientRect().right)),
    );
  expect(widest, 'the rightmost edge of any block').toBeLessThanOrEqual(clientWidth);
}

test.beforeEach(async ({ page }) => {
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveHostileApi(page);
});

test.describe('hostile content', () => {
  test('a story’s markup shows as text and nothing in it runs', async ({ page }) => {
    await page.goto(`/ru/news/${HOSTILE_ARTICLE.id}`);
    await expectStory(page, HOSTILE_ARTICLE.title);
    await expect(page).toHaveURL(`/ru/news/${HOSTILE_ARTICLE.id}/${HOSTILE_ARTICLE.slug}`);
    await expect(page).toHaveTitle(`${HOSTILE_ARTICLE.title} — Новости Кыргызстана`);
    const main = page.getByRole('main');
    await expect(main.getByText(HOSTILE_ARTICLE.lead, { exact: true })).toBeVisible();
    await expect(main.getByText(`Подзаголовок ${HOSTILE_MARKUP[4]}`)).toBeVisible();
    await expect(main.getByText(`Подпись ${HOSTILE_MARKUP[1]}`)).toBeVisible();
    await expect(main.getByRole('img', { name: `Описание ${HOSTILE_MARKUP[0]}` })).toBeVisible();
    await expectNothingUnsafe(page);
  });

  test('links and pictures with unsafe addresses are dropped, their text kept', async ({
    page,
  }) => {
    await page.goto(`/ru/news/${HOSTILE_ARTICLE.id}`);
    await expectStory(page, HOSTILE_ARTICLE.title);
    const article = page.getByRole('article');
    for (const [index] of UNSAFE_LINKS.entries()) {
      const text = article.getByText(unsafeLinkText(index), { exact: true });
      await expect(text).toBeVisible();
      await expect(article.getByRole('link', { name: unsafeLinkText(index) })).toHaveCount(0);
    }
    await expect(article.getByRole('link', { name: 'Безопасная ссылка' })).toHaveAttribute(
      'href',
      'https://mfa.gov.kg/',
    );
    await expect(article.locator('img')).toHaveCount(1);
    await expect(article.locator('img')).not.toHaveAttribute('srcset', /.*/);
    // Clicking what was a javascript: link does nothing.
    await article.getByText(unsafeLinkText(0), { exact: true }).click();
    await expect(page).toHaveURL(`/ru/news/${HOSTILE_ARTICLE.id}/${HOSTILE_ARTICLE.slug}`);
    await expectNothingUnsafe(page);
  });

  test('a feed of hostile headlines shows them as text and opens the story', async ({ page }) => {
    // Without the page's own data, the app loads the (hostile) feed.
    await gotoWithoutPageData(page, '/ru/');
    for (const item of HOSTILE_FEED.items) {
      await expect(page.getByRole('link', { name: item.title, exact: true })).toBeVisible();
    }
    await expectNothingUnsafe(page);
    await page.getByRole('link', { name: HOSTILE_ARTICLE.title, exact: true }).click();
    await expectStory(page, HOSTILE_ARTICLE.title);
    await expectNothingUnsafe(page);
  });

  test('a story with only its required fields reads normally', async ({ page }) => {
    await page.goto(`/ky/news/${MINIMAL_ARTICLE.id}`);
    await expectStory(page, MINIMAL_ARTICLE.title);
    const article = page.getByRole('article');
    await expect(article).not.toContainText(/undefined|null|NaN/);
    await expect(article.getByText('Жалгыз абзац.')).toBeVisible();
  });

  test('a 5,000-paragraph story renders whole and reads to its end', async ({ page }) => {
    await page.goto(`/ru/news/${HUGE_ARTICLE.id}`);
    await expectStory(page, HUGE_ARTICLE.title);
    await expect(page.locator('.article-body > p')).toHaveCount(HUGE_PARAGRAPHS);
    const last = page.getByText(`Абзац ${HUGE_PARAGRAPHS} из ${HUGE_PARAGRAPHS}.`, {
      exact: true,
    });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
  });
});

test.describe('hostile content on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  const pages = [
    ['a story with long words, long addresses and right-to-left text', HOSTILE_ARTICLE],
    ['a 5,000-paragraph story', HUGE_ARTICLE],
  ] as const;
  for (const [name, story] of pages) {
    test(`${name}: no sideways scrolling, long words wrap`, async ({ page }) => {
      await page.goto(`/ru/news/${story.id}`);
      await expectStory(page, story.title);
      await expectLayoutHolds(page);
      const word = page.getByText(LONG_WORD).first();
      const box = await word.boundingBox();
      expect(box?.height ?? 0, 'the long word wraps over lines').toBeGreaterThan(100);
    });
  }

  test('a feed of long headlines: no sideways scrolling', async ({ page }) => {
    await gotoWithoutPageData(page, '/ru/');
    await expect(page.getByRole('link', { name: LONG_WORD })).toBeVisible();
    await expectLayoutHolds(page);
  });
});
