import type { Page } from '@playwright/test';
import {
  IMAGE_ARTICLE,
  KY_FIXTURE_ARTICLES,
  RUSSIAN_ONLY_ARTICLE,
  SEED_KY,
  SEED_RU,
  fixturePath,
} from './support/fixture-articles.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { gotoWithoutPageData } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { LANGS, TEXT, type Lang } from './support/texts.ts';

/**
 * axe-core over every kind of page × both editions × light and dark. The desktop and phone
 * projects run it at both sizes.
 */

const KY_STORY = KY_FIXTURE_ARTICLES[0];
if (!KY_STORY) throw new Error('no Kyrgyz fixture stories');

interface PageCase {
  name: string;
  /** Where it is, in each edition (the Kyrgyz fixture edition is one page long). */
  path: Partial<Record<Lang, string>>;
  /** Faults the page is shown with, if any. */
  prepare?: (page: Page) => Promise<void>;
  /** Served without the data it was prerendered from, so that the app asks for it. */
  withoutPageData?: boolean;
  ready: (page: Page, lang: Lang) => Promise<void>;
}

const h1 = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();

const PAGES: readonly PageCase[] = [
  { name: 'front page', path: { ru: '/ru/', ky: '/ky/' }, ready: h1 },
  { name: 'older feed page', path: { ru: '/ru/page/2' }, ready: h1 },
  { name: 'rubric page', path: { ru: '/ru/rubric/society', ky: '/ky/rubric/economy' }, ready: h1 },
  {
    name: 'story with a picture, and one shown in another edition',
    path: { ru: fixturePath('ru', IMAGE_ARTICLE), ky: fixturePath('ky', RUSSIAN_ONLY_ARTICLE) },
    ready: h1,
  },
  {
    name: 'story',
    path: { ru: fixturePath('ru', RUSSIAN_ONLY_ARTICLE), ky: fixturePath('ky', KY_STORY) },
    ready: h1,
  },
  { name: 'story with a translation', path: { ru: SEED_RU.path, ky: SEED_KY.path }, ready: h1 },
  { name: 'not-found page', path: { ru: '/ru/news/424242/x', ky: '/ky/no-such-page' }, ready: h1 },
  {
    name: 'error page',
    // Rendered by the app itself (the page served without its data), the story's data failing.
    path: { ru: SEED_RU.path, ky: SEED_KY.path },
    withoutPageData: true,
    prepare: async (page) => {
      await page.route('**/api/v1/articles/*.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: 'not json' }),
      );
    },
    ready: async (page, lang) => {
      await expect(page.getByRole('button', { name: TEXT[lang].retry })).toBeVisible();
    },
  },
];

test.describe('axe-core (WCAG 2.2 A and AA)', () => {
  for (const lang of LANGS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`finds nothing on any kind of ${lang} page, ${colorScheme}`, async ({ page }) => {
        // Eight pages, each analysed whole: more than one test's usual time on a busy machine.
        test.slow();
        await page.emulateMedia({ colorScheme });
        for (const { name, path, prepare, withoutPageData, ready } of PAGES) {
          const address = path[lang];
          if (address === undefined) continue;
          await test.step(name, async () => {
            await prepare?.(page);
            await (withoutPageData ? gotoWithoutPageData(page, address) : page.goto(address));
            await ready(page, lang);
            // The controls that load once the app runs (the theme switch last) are checked too.
            await expect(page.getByRole('radio').first()).toBeVisible();
            expect(
              await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
            ).toBe(colorScheme === 'dark');
            await expectNoAxeViolations(page);
            await page.unrouteAll();
          });
        }
      });
    }
  }
});
