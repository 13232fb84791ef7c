import { SEED_RU } from './support/fixture-articles.ts';
import { layoutShiftSoFar } from './support/layout-shift.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

/** Pages of each kind; the last two are short. */
const PAGES = [
  ['front page', '/ru/'],
  ['story', SEED_RU.path],
  ['rubric with no stories yet', '/ru/rubric/sport'],
  ['not-found page', '/ru/news/424242/x'],
] as const;

test.describe('layout shift', () => {
  for (const [name, path] of PAGES) {
    test(`nothing on the ${name} moves once painted, the app's extras included`, async ({
      page,
    }) => {
      await page.goto(path);
      // The footer's theme switch is the last extra to arrive once the app runs.
      await expect(page.getByRole('group', { name: TEXT.ru.themeLegend })).toBeVisible();
      expect(await layoutShiftSoFar(page)).toBeLessThan(0.01);
    });
  }

  test('the end of a story stays where it was painted while the app’s extras arrive', async ({
    page,
  }) => {
    // Below the first screen, where the browser's layout-shift entries do not look: the page as
    // painted, before the app starts (it starts after the load event).
    await page.addInitScript(() => {
      window.addEventListener('load', () => {
        const end = document.querySelector('nav.article-end');
        if (end) {
          const top = end.getBoundingClientRect().top + window.scrollY;
          document.documentElement.dataset.e2eEndTop = String(Math.round(top));
        }
      });
    });
    await page.goto(SEED_RU.path);
    // "Copy link" is the extra that arrives last above the story's end.
    await expect(page.getByRole('button', { name: TEXT.ru.copyLink })).toBeVisible();
    const painted = Number(await page.locator('html').getAttribute('data-e2e-end-top'));
    const now = await page
      .getByRole('navigation', { name: TEXT.ru.articleEndLabel, exact: true })
      .evaluate((end) => Math.round(end.getBoundingClientRect().top + window.scrollY));
    expect(painted).toBeGreaterThan(0);
    expect(now).toBe(painted);
  });
});
