import {
  IMAGE_ALT,
  IMAGE_ARTICLE,
  LONG_ARTICLE,
  SEED_KY,
  SEED_RU,
  fixturePath,
} from './support/fixture-articles.ts';
import { expectStory, horizontalOverflow } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

const PAGES = [
  ['Russian front page', '/ru/'],
  ['Kyrgyz front page', '/ky/'],
  ['Russian article', SEED_RU.path],
  ['Kyrgyz article', SEED_KY.path],
  ['article with a picture', fixturePath('ru', IMAGE_ARTICLE)],
  ['not-found page', '/ru/news/424242/x'],
] as const;

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no page scrolls sideways', async ({ page }) => {
    for (const [name, path] of PAGES) {
      await test.step(name, async () => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const { scrollWidth, clientWidth } = await horizontalOverflow(page);
        expect(clientWidth).toBe(320);
        expect
          .soft(scrollWidth, `document width of the ${name} beyond the 320 px screen`)
          .toBeLessThanOrEqual(clientWidth);
      });
    }
  });
});

test.describe('reading on a phone', () => {
  test('story text is at least 16 px', async ({ page }) => {
    await page.goto(SEED_RU.path);
    const article = page.getByRole('article', { name: SEED_RU.title });
    await expect(article).toBeVisible();
    const sizes = await article
      .getByRole('paragraph')
      .evaluateAll((paragraphs) =>
        paragraphs.map((paragraph) => Number.parseFloat(getComputedStyle(paragraph).fontSize)),
      );
    expect(sizes.length).toBeGreaterThanOrEqual(8);
    // The body paragraphs (all but the dateline and the source line) are reading text.
    for (const size of sizes.slice(1, -1)) expect(size).toBeGreaterThanOrEqual(16);
    const bodySize = await page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.body).fontSize),
    );
    expect(bodySize).toBeGreaterThanOrEqual(16);
  });

  test('front-page leads are at least 16 px', async ({ page }) => {
    await page.goto('/ru/');
    const leads = page.getByRole('main').getByRole('listitem').getByRole('paragraph').last();
    await expect(leads).toBeVisible();
    const size = await leads.evaluate((lead) => Number.parseFloat(getComputedStyle(lead).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
  });

  test('the skip link is the first stop of the keyboard and moves focus to main', async ({
    page,
  }) => {
    for (const lang of ['ru', 'ky'] as const) {
      await test.step(lang, async () => {
        await page.goto(`/${lang}/`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: TEXT[lang].skipToContent });
        await expect(skip).toBeFocused();
        await expect(skip).toBeInViewport();
        await page.keyboard.press('Enter');
        await expect(page.getByRole('main')).toBeFocused();
        // The next Tab continues inside the main content, past the header.
        await page.keyboard.press('Tab');
        const inMain = await page.evaluate(() => document.activeElement?.closest('main') != null);
        expect(inMain).toBe(true);
      });
    }
  });

  test('each page has one banner, one main and one contentinfo landmark', async ({ page }) => {
    for (const path of ['/ru/', SEED_RU.path, fixturePath('ru', LONG_ARTICLE), '/ky/nope']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
    }
  });

  test('the picture in a story is sized, lazy and offered in several widths', async ({ page }) => {
    await page.goto(fixturePath('ru', IMAGE_ARTICLE));
    await expectStory(page, IMAGE_ARTICLE.title);
    const image = page.getByRole('img', { name: IMAGE_ALT });
    await expect(image).toHaveAttribute('width', String(IMAGE_ARTICLE.image.width));
    await expect(image).toHaveAttribute('height', String(IMAGE_ARTICLE.image.height));
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute(
      'srcset',
      /\/favicon\.svg\?w=320 320w, \/favicon\.svg\?w=640 640w/,
    );
    await expect(image).toHaveAttribute('sizes', /\S/);
    await expect(page.getByText(IMAGE_ARTICLE.image.caption)).toBeVisible();

    // It loads once scrolled to, and fits the column.
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        image.evaluate((element) =>
          element instanceof HTMLImageElement && element.complete ? element.naturalWidth : 0,
        ),
      )
      .toBeGreaterThan(0);
    const fits = await image.evaluate((element) => {
      const main = element.closest('main');
      return (
        main !== null && element.getBoundingClientRect().right <= main.getBoundingClientRect().right
      );
    });
    expect(fits).toBe(true);
  });
});
