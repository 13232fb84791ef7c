import type { Page } from '@playwright/test';
import { SEED_RU } from './support/fixture-articles.ts';
import { languageSwitch } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

/**
 * Holds the app's script back, as a slow line does: the page stays as the HTML made it. The
 * promise settles once the page has asked for the script (it does so after its first paint).
 */
async function holdAppBack(page: Page): Promise<{ asked: Promise<void> }> {
  let asked: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => {
    asked = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, () => {
    // Never answered: the app does not start on this page.
    asked();
  });
  return { asked: requested };
}

async function letAppStart(page: Page) {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
}

test.describe('no tap lost before the app starts', () => {
  test.use({ locale: 'en-US' });

  test('an edition chosen with the switch before the app started is the one "/" opens next', async ({
    page,
  }) => {
    const { asked } = await holdAppBack(page);
    await page.goto('/ru/', { waitUntil: 'commit' });
    await asked;
    await languageSwitch(page, 'ru').getByRole('link', { name: TEXT.ky.autonym }).click();
    await expect(page).toHaveURL('/ky/');

    await letAppStart(page);
    await page.goto('/');
    await expect(page).toHaveURL('/ky/');
    await expect(
      page.getByRole('heading', { level: 1, name: TEXT.ky.latestHeading, exact: true }),
    ).toBeVisible();
  });

  test('the theme and text size are offered only once the app can act on them', async ({
    page,
  }) => {
    const { asked } = await holdAppBack(page);
    await page.goto(SEED_RU.path, { waitUntil: 'commit' });
    await asked;
    // Before: the theme switch's box is there, disabled and out of sight; no text size control.
    const theme = page.locator('fieldset.theme-switch');
    const option = theme.locator('input[type="radio"]').first();
    await expect(option).toBeDisabled();
    await expect(theme).toBeHidden();
    await expect(page.getByRole('group', { name: TEXT.ru.textSize })).toHaveCount(0);

    await letAppStart(page);
    await page.reload();
    await expect(page.getByRole('group', { name: TEXT.ru.textSize })).toBeVisible();
    await expect(option).toBeEnabled();
    await expect(theme).toBeVisible();
  });
});
