import { SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import {
  DARK_PAPER,
  LIGHT_PAPER,
  pageBackground,
  recordStyleAtLoad,
  rememberBeforeLoad,
} from './support/preferences.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

test.describe('theme', () => {
  test('follows the system’s dark and light settings', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(SEED_RU.path);
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    await expect(page.getByRole('radio', { name: TEXT.ru.themeSystem })).toBeChecked();
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await pageBackground(page)).toBe(LIGHT_PAPER);
  });

  test('remembers a manual choice across a reload, painted before the app starts', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(SEED_RU.path);
    const theme = page.getByRole('group', { name: TEXT.ru.themeLegend });
    await theme.getByRole('radio', { name: TEXT.ru.themeDark }).check();
    expect(await pageBackground(page)).toBe(DARK_PAPER);

    const backgroundAtLoad = await recordStyleAtLoad(page, ':root', 'backgroundColor');
    await page.reload();
    expect(await backgroundAtLoad()).toBe(DARK_PAPER);
    await expect(theme.getByRole('radio', { name: TEXT.ru.themeDark })).toBeChecked();

    // Light overrides a dark system, and the system's setting applies again when chosen.
    await page.emulateMedia({ colorScheme: 'dark' });
    await theme.getByRole('radio', { name: TEXT.ru.themeLight }).check();
    expect(await pageBackground(page)).toBe(LIGHT_PAPER);
    await theme.getByRole('radio', { name: TEXT.ru.themeSystem }).check();
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    await page.reload();
    expect(await pageBackground(page)).toBe(DARK_PAPER);
  });

  test('is offered in Kyrgyz in the Kyrgyz edition', async ({ page }) => {
    await page.goto(SEED_KY.path);
    const theme = page.getByRole('group', { name: TEXT.ky.themeLegend });
    for (const name of [TEXT.ky.themeLight, TEXT.ky.themeDark, TEXT.ky.themeSystem]) {
      await expect(theme.getByRole('radio', { name })).toBeVisible();
    }
  });

  test('ignores a stored value it does not know', async ({ page }) => {
    await rememberBeforeLoad(page, { 'reader.theme': 'purple' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/ru/');
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    await expect(page.getByRole('radio', { name: TEXT.ru.themeSystem })).toBeChecked();
  });
});

test.describe('theme without scripts', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('follows the system, and offers no switch that could not work', async ({ page }) => {
    await page.goto(SEED_RU.path);
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    await expect(page.getByRole('group', { name: TEXT.ru.themeLegend })).toHaveCount(0);
  });
});
