import type { Page } from '@playwright/test';
import {
  IMAGE_ARTICLE,
  RUSSIAN_ONLY_ARTICLE,
  SEED_KY,
  SEED_RU,
  fixturePath,
} from './support/fixture-articles.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { clientLoadedPath } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

const PAGES = {
  Russian: [
    ['front page', '/ru/'],
    ['article', SEED_RU.path],
    ['article with a picture', fixturePath('ru', IMAGE_ARTICLE)],
    ['not-found page', '/ru/news/424242/x'],
  ],
  Kyrgyz: [
    ['front page', '/ky/'],
    ['article', SEED_KY.path],
    ['Russian-only story', fixturePath('ky', RUSSIAN_ONLY_ARTICLE)],
    ['not-found page', '/ky/news/424242/x'],
  ],
} as const;

async function expectNoViolationsOn(page: Page, pages: readonly (readonly [string, string])[]) {
  for (const [name, path] of pages) {
    await test.step(name, async () => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The controls that load once the app runs (the theme switch last) are checked too.
      await expect(page.getByRole('radio').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

test.describe('axe-core (WCAG 2.2 A and AA)', () => {
  for (const [edition, pages] of Object.entries(PAGES)) {
    test(`finds nothing on the pages of the ${edition} edition`, async ({ page }) => {
      await expectNoViolationsOn(page, pages);
    });
  }

  test('finds nothing on the error page', async ({ page }) => {
    await page.route('**/api/v1/articles/*.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: 'not json' }),
    );
    await page.goto(clientLoadedPath(SEED_RU.path));
    await expect(page.getByRole('button', { name: TEXT.ru.retry })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

const DARK_PAGES = {
  Russian: [
    ['front page', '/ru/'],
    ['article', SEED_RU.path],
  ],
  Kyrgyz: [
    ['front page', '/ky/'],
    ['article', SEED_KY.path],
  ],
} as const;

test.describe('axe-core in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  for (const [edition, pages] of Object.entries(DARK_PAGES)) {
    test(`finds nothing on the pages of the ${edition} edition`, async ({ page }) => {
      await expectNoViolationsOn(page, pages);
    });
  }
});
