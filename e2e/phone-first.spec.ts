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

test.describe('the first screen of a 360 × 640 phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('the header takes at most 112 px, and the top story’s headline and lead start show', async ({
    page,
  }) => {
    for (const path of ['/ru/', '/ky/', SEED_RU.path, SEED_KY.path]) {
      await test.step(path, async () => {
        await page.goto(path);
        const header = await page.getByRole('banner').boundingBox();
        expect(header?.height).toBeLessThanOrEqual(112);
        if (!path.endsWith('/')) return;
        const top = page.getByRole('main').getByRole('listitem').first();
        const headline = await top.getByRole('heading').boundingBox();
        const lead = await top.getByRole('paragraph').last().boundingBox();
        if (!headline || !lead) throw new Error('the top story has no headline or lead');
        expect(headline.y + headline.height).toBeLessThanOrEqual(640);
        // Its first line, at least.
        expect(lead.y + 24).toBeLessThanOrEqual(640);
      });
    }
  });

  test('the rubrics scroll sideways in their row, its end faded while more follow', async ({
    page,
  }) => {
    await page.goto('/ky/');
    const list = page.getByRole('navigation', { name: TEXT.ky.rubricNav }).getByRole('list');
    const row = () =>
      list.evaluate((element) => ({
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
        right: element.getBoundingClientRect().right,
        fade: Number.parseFloat(getComputedStyle(element).paddingRight),
        mask: getComputedStyle(element).maskImage,
      }));
    const before = await row();
    expect(before.scrollWidth).toBeGreaterThan(before.clientWidth);
    expect(before.mask).toContain('linear-gradient');
    expect(before.fade).toBeGreaterThanOrEqual(16);
    expect((await horizontalOverflow(page)).scrollWidth).toBe(360);

    // Scrolled to its end, the last rubric stands clear of the fade.
    await list.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    const last = await list.getByRole('link').last().boundingBox();
    expect((last?.x ?? Infinity) + (last?.width ?? 0)).toBeLessThanOrEqual(
      before.right - before.fade,
    );
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
