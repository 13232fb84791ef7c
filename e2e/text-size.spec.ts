import type { Page } from '@playwright/test';
import { SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import { layoutShiftSoFar } from './support/layout-shift.ts';
import { recordStyleAtLoad, rememberBeforeLoad } from './support/preferences.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

/** The story's paragraphs' size in CSS pixels (18 at the site's own size). */
function bodyFontSize(page: Page): Promise<string> {
  return page
    .locator('.article-body p')
    .first()
    .evaluate((p) => getComputedStyle(p).fontSize);
}

test.describe('text size', () => {
  test('grows and shrinks the story in steps, remembered across a reload', async ({ page }) => {
    await page.goto(SEED_RU.path);
    const control = page.getByRole('group', { name: TEXT.ru.textSize });
    const larger = control.getByRole('button', { name: TEXT.ru.textLarger });
    const smaller = control.getByRole('button', { name: TEXT.ru.textSmaller });
    const status = control.getByRole('status');
    await expect(status).toHaveText(`${TEXT.ru.textSize}: 100 %`);
    expect(await bodyFontSize(page)).toBe('18px');

    await larger.click();
    await larger.click();
    await expect(status).toHaveText(`${TEXT.ru.textSize}: 130 %`);
    expect(await bodyFontSize(page)).toBe('23.4px');

    const sizeAtLoad = await recordStyleAtLoad(page, '.article-body p', 'fontSize');
    await page.reload();
    // At its size from the first paint: nothing reflows when the app starts.
    expect(await sizeAtLoad()).toBe('23.4px');
    await expect(status).toHaveText(`${TEXT.ru.textSize}: 130 %`);

    await larger.click();
    await expect(larger).toHaveAttribute('aria-disabled', 'true');
    for (let step = 0; step < 4; step++) await smaller.click();
    await expect(status).toHaveText(`${TEXT.ru.textSize}: 90 %`);
    await expect(smaller).toHaveAttribute('aria-disabled', 'true');
    await expect(smaller).toBeFocused();
    expect(await bodyFontSize(page)).toBe('16.2px');
  });

  test('scales on top of the browser’s own font size', async ({ page }) => {
    await rememberBeforeLoad(page, { 'reader.text-size': '150' });
    await page.goto(SEED_RU.path);
    expect(await bodyFontSize(page)).toBe('27px');
    // A reader whose browser's default text is 20 px rather than 16 px.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '125%';
    });
    expect(await bodyFontSize(page)).toBe('33.75px');
  });

  test('a remembered size moves nothing on the page as it loads', async ({ page }) => {
    await rememberBeforeLoad(page, { 'reader.text-size': '130' });
    await page.goto(SEED_RU.path);
    const control = page.getByRole('group', { name: TEXT.ru.textSize });
    await expect(control.getByRole('status')).toHaveText(`${TEXT.ru.textSize}: 130 %`);
    const shift = await layoutShiftSoFar(page);
    expect(shift).toBeLessThan(0.01);
  });

  test('is labelled in Kyrgyz in the Kyrgyz edition', async ({ page }) => {
    await page.goto(SEED_KY.path);
    const control = page.getByRole('group', { name: TEXT.ky.textSize });
    await expect(control.getByRole('button', { name: TEXT.ky.textLarger })).toBeVisible();
    await expect(control.getByRole('button', { name: TEXT.ky.textSmaller })).toBeVisible();
    await expect(control.getByRole('status')).toHaveText(`${TEXT.ky.textSize}: 100 %`);
  });
});
