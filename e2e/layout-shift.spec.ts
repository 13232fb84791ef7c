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
});
