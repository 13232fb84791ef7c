import type { Page } from '@playwright/test';
import { FIXTURE_ARTICLES, SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import { expectStory, scrollNearTop, scrollY, useSkipLink } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT, type Lang } from './support/texts.ts';

async function expectFrontPage(page: Page, lang: Lang) {
  await expect(page).toHaveURL(`/${lang}/`);
  await expect(
    page.getByRole('heading', { level: 1, name: TEXT[lang].latestHeading, exact: true }),
  ).toBeVisible();
}

async function clickBack(page: Page, lang: Lang) {
  await page.getByRole('link', { name: TEXT[lang].back, exact: true }).click();
}

const NEWEST = FIXTURE_ARTICLES.at(-1);

test.describe('"Назад" at the end of a story', () => {
  test('returns to the front page the reader came from', async ({ page }) => {
    if (!NEWEST) throw new Error('no fixture stories');
    await page.goto('/ru/');
    await page.getByRole('link', { name: NEWEST.title, exact: true }).click();
    await expectStory(page, NEWEST.title);
    await clickBack(page, 'ru');
    await expectFrontPage(page, 'ru');
    // It went back in history rather than adding the front page again.
    await page.goForward();
    await expectStory(page, NEWEST.title);
  });

  test('still returns to the front page after the reader used the skip link on the story', async ({
    page,
  }) => {
    const story = FIXTURE_ARTICLES.at(-13);
    if (!story) throw new Error('not enough fixture stories');
    await page.goto('/ru/');
    const link = page.getByRole('link', { name: story.title, exact: true });
    const before = await scrollNearTop(page, link);
    await link.click();
    await expectStory(page, story.title);

    // A keyboard reader skips the header to the story, reads it, then goes back.
    await useSkipLink(page, 'ru');
    await clickBack(page, 'ru');

    await expectFrontPage(page, 'ru');
    await expect
      .poll(async () => Math.abs((await scrollY(page)) - before), {
        message: `the front page should be back at about scrollY ${before}, where the reader left it`,
      })
      .toBeLessThanOrEqual(30);
    // "Назад" went back in history: forward leads to the story again.
    await page.goForward();
    await expectStory(page, story.title);
  });

  test('returns to the archive page the reader came from', async ({ page }) => {
    await page.goto('/ru/page/1');
    await page.getByRole('link', { name: SEED_RU.title, exact: true }).click();
    await expectStory(page, SEED_RU.title);
    await clickBack(page, 'ru');
    await expect(page).toHaveURL('/ru/page/1');
  });

  test('on a story opened directly goes to the front page', async ({ page }) => {
    await page.goto(SEED_RU.path);
    await expectStory(page, SEED_RU.title);
    await clickBack(page, 'ru');
    await expectFrontPage(page, 'ru');
  });

  test('after arriving from another site stays on this one', async ({ page }) => {
    await page.goto('about:blank');
    await page.goto(SEED_RU.path);
    await expectStory(page, SEED_RU.title);
    await clickBack(page, 'ru');
    await expectFrontPage(page, 'ru');
  });

  test('after arriving by an address that was redirected stays on the site', async ({ page }) => {
    await page.goto('about:blank');
    await page.goto('/ru/news/1001/old-slug');
    await expect(page).toHaveURL(SEED_RU.path);
    await expectStory(page, SEED_RU.title);
    await clickBack(page, 'ru');
    await expectFrontPage(page, 'ru');
  });

  test('"Артка" on a Kyrgyz story opened directly goes to the Kyrgyz front page', async ({
    page,
  }) => {
    await page.goto(SEED_KY.path);
    await expectStory(page, SEED_KY.title);
    await clickBack(page, 'ky');
    await expectFrontPage(page, 'ky');
  });
});
