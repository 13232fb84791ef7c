import type { Page } from '@playwright/test';
import { FIXTURE_ARTICLES } from './support/fixture-articles.ts';
import { expectStory, scrollNearTop, scrollY, useSkipLink } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

/** A story in the middle of the first feed page, well below the first screen. */
const MIDDLE = [...FIXTURE_ARTICLES].reverse()[12];

/** Waits until the page is scrolled back to about `y` (restoration is not pixel-exact). */
async function expectScrolledNear(page: Page, y: number) {
  await expect
    .poll(async () => Math.abs((await scrollY(page)) - y), {
      message: `scrollY should come back to about ${String(y)}`,
    })
    .toBeLessThanOrEqual(30);
}

function middleStory() {
  if (!MIDDLE) throw new Error('not enough fixture stories');
  return MIDDLE;
}

test.describe('scroll position', () => {
  for (const how of ['the browser’s back button', '"Назад"'] as const) {
    test(`is restored on the front page after reading a story and going back with ${how}`, async ({
      page,
    }) => {
      const middle = middleStory();
      await page.goto('/ru/');
      const link = page.getByRole('link', { name: middle.title, exact: true });
      const before = await scrollNearTop(page, link);

      await link.click();
      await expectStory(page, middle.title);
      // A new page starts at its top.
      await expect.poll(() => scrollY(page)).toBe(0);

      let leftAt = 0;
      if (how === '"Назад"') {
        const back = page.getByRole('link', { name: TEXT.ru.back, exact: true });
        await back.scrollIntoViewIfNeeded();
        leftAt = await scrollY(page);
        await back.click();
      } else {
        await page.goBack();
      }
      await expect(page).toHaveURL('/ru/');
      await expect(link).toBeVisible();
      await expectScrolledNear(page, before);
      await expect(link).toBeInViewport();

      // Forward again: the story opens where the reader left it.
      await page.goForward();
      await expectStory(page, middle.title);
      await expectScrolledNear(page, leftAt);
    });
  }

  test('is restored for a keyboard reader who used the skip link on the front page', async ({
    page,
  }) => {
    const middle = middleStory();
    await page.goto('/ru/');
    await useSkipLink(page, 'ru');
    const link = page.getByRole('link', { name: middle.title, exact: true });
    const before = await scrollNearTop(page, link);

    await link.click();
    await expectStory(page, middle.title);
    await page.getByRole('link', { name: TEXT.ru.back, exact: true }).click();

    await expect(link).toBeVisible();
    await expectScrolledNear(page, before);
    await expect(link).toBeInViewport();
  });
});
