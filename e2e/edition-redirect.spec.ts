import type { Page } from '@playwright/test';
import { languageSwitch } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT, type Lang } from './support/texts.ts';

/** Visits "/" and expects to land on the front page of `lang`. */
async function expectRootLeadsTo(page: Page, lang: Lang) {
  await page.goto('/');
  await expect(page).toHaveURL(`/${lang}/`);
  await expect(
    page.getByRole('heading', { level: 1, name: TEXT[lang].latestHeading, exact: true }),
  ).toBeVisible();
}

/** Makes the browser report `languages` as its preferred languages, in that order. */
async function preferLanguages(page: Page, languages: string[]) {
  await page.addInitScript((list) => {
    Object.defineProperty(Navigator.prototype, 'languages', { get: () => list });
  }, languages);
}

test.describe('"/" opens the reader’s edition', () => {
  test.describe('in a Kyrgyz browser', () => {
    test.use({ locale: 'ky-KG' });

    test('opens the Kyrgyz edition', async ({ page }) => {
      await expectRootLeadsTo(page, 'ky');
    });

    test('a stored choice of Russian wins over the browser language', async ({ page }) => {
      await page.goto('/ky/');
      await languageSwitch(page, 'ky').getByRole('link', { name: TEXT.ru.autonym }).click();
      await expect(page).toHaveURL('/ru/');
      await expectRootLeadsTo(page, 'ru');
    });
  });

  test.describe('in an English browser', () => {
    test.use({ locale: 'en-US' });

    test('falls back to the Russian edition', async ({ page }) => {
      await expectRootLeadsTo(page, 'ru');
    });

    test('a stored choice of Kyrgyz is used', async ({ page }) => {
      await page.goto('/ru/');
      await languageSwitch(page, 'ru').getByRole('link', { name: TEXT.ky.autonym }).click();
      await expect(page).toHaveURL('/ky/');
      await expectRootLeadsTo(page, 'ky');
      // The choice outlives the tab: a new page of the same browser profile is sent there too.
      const another = await page.context().newPage();
      await expectRootLeadsTo(another, 'ky');
      await another.close();
    });
  });

  test('takes the first of the browser’s languages that is Kyrgyz or Russian', async ({ page }) => {
    await preferLanguages(page, ['en-US', 'de', 'ky', 'ru-RU']);
    await expectRootLeadsTo(page, 'ky');
  });

  test('prefers Russian when it comes first among the browser’s languages', async ({ page }) => {
    await preferLanguages(page, ['tr', 'ru-KG', 'ky-KG']);
    await expectRootLeadsTo(page, 'ru');
  });

  test('uses the Russian edition when the browser names neither language', async ({ page }) => {
    await preferLanguages(page, ['fr-FR', 'kk']);
    await expectRootLeadsTo(page, 'ru');
  });
});
