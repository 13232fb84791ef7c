import type { Page } from '@playwright/test';
import { LONG_ARTICLE, SEED_KY, fixturePath } from './support/fixture-articles.ts';
import { expectStory, scrollToY, scrollY, viewportHeight } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

/** Whether focus is on the top of the page: the header with id="top", or inside it. */
function focusIsAtTop(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.closest('#top') != null);
}

async function expectBackAtTop(page: Page) {
  await expect.poll(() => scrollY(page), { message: 'scrolled back to the top' }).toBe(0);
  await expect.poll(() => focusIsAtTop(page), { message: 'focus moved to the top' }).toBe(true);
}

async function openLongStory(page: Page) {
  await page.goto(fixturePath('ru', LONG_ARTICLE));
  await expectStory(page, LONG_ARTICLE.title);
}

test.describe('to top', () => {
  test('"Наверх" at the end of the story scrolls to the top and moves focus there', async ({
    page,
  }) => {
    await openLongStory(page);
    const link = page
      .getByRole('article', { name: LONG_ARTICLE.title })
      .getByRole('link', { name: TEXT.ru.toTop, exact: true });
    await link.scrollIntoViewIfNeeded();
    expect(await scrollY(page)).toBeGreaterThan(0);
    await link.click();
    await expectBackAtTop(page);
    await expect(page).toHaveURL(fixturePath('ru', LONG_ARTICLE));
  });

  test('the floating "Наверх" appears only after scrolling more than a screen', async ({
    page,
  }) => {
    await openLongStory(page);
    const button = page.getByRole('button', { name: TEXT.ru.toTop, exact: true });
    const screen = await viewportHeight(page);
    await expect(button).toBeHidden();

    await scrollToY(page, Math.round(screen * 0.6));
    await expect(button).toBeHidden();

    await scrollToY(page, Math.round(screen * 1.5));
    await expect(button).toBeVisible();
    await expect(button).toBeInViewport({ ratio: 1 });
    const box = await button.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);

    await button.click();
    await expectBackAtTop(page);
    await expect(button).toBeHidden();
  });

  test.describe('for a reader who prefers reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('the floating button jumps to the top at once', async ({ page }) => {
      await openLongStory(page);
      await scrollToY(page, Math.round((await viewportHeight(page)) * 3));
      await page.getByRole('button', { name: TEXT.ru.toTop, exact: true }).click();
      // No smooth scrolling to wait for: the very next frame is at the top.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expectBackAtTop(page);
    });
  });

  test('"Өйдө" ends a Kyrgyz story and works the same way', async ({ page }) => {
    await page.goto(SEED_KY.path);
    await expectStory(page, SEED_KY.title);
    const link = page
      .getByRole('article', { name: SEED_KY.title })
      .getByRole('link', { name: TEXT.ky.toTop, exact: true });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expectBackAtTop(page);
  });

  test('the keyboard reaches "Наверх" and Enter moves focus to the top', async ({ page }) => {
    await openLongStory(page);
    const link = page
      .getByRole('article', { name: LONG_ARTICLE.title })
      .getByRole('link', { name: TEXT.ru.toTop, exact: true });
    await link.focus();
    expect(await scrollY(page)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expectBackAtTop(page);
  });
});
