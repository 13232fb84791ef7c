import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { fixturePath, PHOTO_ARTICLE } from './support/fixture-articles.ts';
import { layoutShiftSoFar } from './support/layout-shift.ts';
import { waitForCached, waitForServiceWorker } from './support/service-worker.ts';
import { expect, test } from './support/test.ts';

const STORY = fixturePath('ru', PHOTO_ARTICLE);
const { alt, caption, credit } = PHOTO_ARTICLE.image;
const MEDIA = /\/media\/[0-9a-f]{20}-/;

/** The bytes of each of the site's pictures the page downloads, by address. */
function pictureBytes(page: Page): Map<string, number> {
  const sizes = new Map<string, number>();
  page.on('response', (response) => {
    if (!MEDIA.test(response.url())) return;
    void response
      .body()
      .then((body) => sizes.set(response.url(), body.byteLength))
      .catch(() => undefined);
  });
  return sizes;
}

async function loaded(page: Page, name: string): Promise<string> {
  const image = page.getByRole('img', { name, exact: true }).first();
  await expect
    .poll(() =>
      image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0),
    )
    .toBe(true);
  return image.evaluate((element: HTMLImageElement) => element.currentSrc);
}

test.describe('a story’s photo', () => {
  test('leads the story: AVIF and WebP widths, sized, first and eager, with caption and credit', async ({
    page,
  }) => {
    await page.goto(STORY);
    const image = page.getByRole('img', { name: alt, exact: true });
    await expect(image).toHaveAttribute('fetchpriority', 'high');
    await expect(image).toHaveAttribute('loading', 'eager');
    await expect(image).toHaveAttribute('width', '1600');
    await expect(image).toHaveAttribute('height', '1067');
    await expect(image).toHaveAttribute('srcset', /-320\.webp 320w, .*-1600\.webp 1600w$/);
    await expect(image).toHaveClass(/\bph-\d{3}\b/);
    await expect(page.locator('picture source[type="image/avif"]').first()).toHaveAttribute(
      'srcset',
      /-320\.avif 320w, .*-1600\.avif 1600w$/,
    );
    await expect(page.locator('figure', { has: image }).locator('figcaption')).toHaveText(
      `${caption} Фото: ${credit}`,
    );
    expect(await loaded(page, alt)).toMatch(MEDIA);
  });

  test('keeps its box while the photo is slow to come: no layout shift', async ({ page }) => {
    await page.route(MEDIA, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.goto(STORY);
    const image = page.getByRole('img', { name: alt, exact: true });
    const before = await image.boundingBox();
    expect(before?.height).toBeGreaterThan(100);
    await loaded(page, alt);
    expect((await image.boundingBox())?.height).toBe(before?.height);
    expect(await layoutShiftSoFar(page)).toBeLessThan(0.01);
  });

  test('has link-preview tags: its 1200x630 JPEG under 300 KB, absolute, described', async ({
    request,
  }) => {
    const html = await (await request.get(STORY)).text();
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
    const url = meta('og:image') ?? '';
    expect(url).toMatch(/^https?:\/\/[^/]+\/media\/[0-9a-f]{20}-og\.jpg$/);
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:alt')).toBe(alt);
    expect(meta('twitter:image')).toBe(url);
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(jsonLd).toMatch(/-16x9\.jpg.*-4x3\.jpg.*-1x1\.jpg/);

    const preview = await request.get(new URL(url).pathname);
    expect(preview.headers()['content-type']).toBe('image/jpeg');
    const bytes = await preview.body();
    expect(bytes.byteLength).toBeLessThan(300 * 1024);
    const { width, height, format, exif } = await sharp(bytes).metadata();
    expect({ width, height, format, exif }).toEqual({
      width: 1200,
      height: 630,
      format: 'jpeg',
      exif: undefined,
    });
  });
});

test.describe('on a 412-px phone at DPR 2.6', () => {
  test.use({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.6, isMobile: true });

  test('the lead photo is at most 150 KB', async ({ page }) => {
    const sizes = pictureBytes(page);
    await page.goto(STORY);
    const chosen = await loaded(page, alt);
    await expect.poll(() => sizes.get(chosen)).toBeGreaterThan(0);
    expect(sizes.get(chosen)).toBeLessThanOrEqual(150 * 1024);
  });

  test('the front page shows the thumbnail beside the headline, at most 60 KB', async ({
    page,
  }) => {
    const sizes = pictureBytes(page);
    await page.goto('/ru/');
    const card = page.locator('.feed__story--pictured', { hasText: '9021' });
    const thumbnail = card.getByRole('img', { name: alt, exact: true });
    await thumbnail.scrollIntoViewIfNeeded();
    const chosen = await loaded(page, alt);
    const box = await thumbnail.boundingBox();
    const headline = await card.getByRole('heading', { level: 2 }).boundingBox();
    // Beside the headline: to its right, small.
    expect(box && headline && box.x).toBeGreaterThan((headline?.x ?? 0) + 100);
    expect(box?.width).toBeLessThan(120);
    await expect.poll(() => sizes.get(chosen)).toBeGreaterThan(0);
    expect(sizes.get(chosen)).toBeLessThanOrEqual(60 * 1024);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a story read once shows its photo offline', async ({ page, context }) => {
    await page.goto(STORY);
    const chosen = await loaded(page, alt);
    await waitForServiceWorker(page);
    await waitForCached(page, 'pages', STORY);
    await waitForCached(page, 'pictures', new URL(chosen).pathname);

    await context.setOffline(true);
    await page.reload();
    expect(await loaded(page, alt)).toBe(chosen);
  });
});
