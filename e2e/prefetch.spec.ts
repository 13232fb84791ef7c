import { devices, type Page } from '@playwright/test';
import { FIXTURE_ARTICLES } from './support/fixture-articles.ts';
import { expectStory } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

/** The front page lists the fixture stories newest first. */
const FEED = [...FIXTURE_ARTICLES].reverse();

function story(index: number) {
  const found = FEED[index];
  if (!found) throw new Error(`no fixture story at ${index}`);
  return found;
}

/** Every request the page makes for the API file ending in `suffix`, as it is made. */
function requestsFor(page: Page, suffix: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith(suffix)) seen.push(request.url());
  });
  return seen;
}

/** The statuses of the answers to those requests, as they arrive. */
function answersTo(page: Page, suffix: string): number[] {
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith(suffix)) statuses.push(response.status());
  });
  return statuses;
}

test.describe('instant navigation', () => {
  test('a story pointed at is fetched ahead, and opening it makes no data request', async ({
    page,
  }) => {
    const target = story(2);
    const requests = requestsFor(page, `/articles/${target.id}.json`);
    const answers = answersTo(page, `/articles/${target.id}.json`);
    await page.goto('/ru/');
    const link = page.getByRole('link', { name: target.title, exact: true });
    await link.hover();
    // On a phone it may already be on its way, for being on screen: still one request.
    await expect.poll(() => answers).toEqual([200]);

    await link.click();
    await expectStory(page, target.title);
    expect(requests).toHaveLength(1);
  });

  test('the older page of a feed is fetched ahead from its link', async ({ page }) => {
    const requests = requestsFor(page, '/ru/latest/1.json');
    const answers = answersTo(page, '/ru/latest/1.json');
    await page.goto('/ru/');
    const older = page.getByRole('link', { name: TEXT.ru.olderStories });
    await older.focus();
    await expect.poll(() => answers).toEqual([200]);

    await older.click();
    await expect(
      page.getByRole('heading', { level: 1, name: TEXT.ru.latestPage1, exact: true }),
    ).toBeVisible();
    expect(requests).toHaveLength(1);
  });

  test('a story opened from a feed fetches the stories before and after it', async ({ page }) => {
    const before = requestsFor(page, `/articles/${story(4).id}.json`);
    const after = requestsFor(page, `/articles/${story(6).id}.json`);
    await page.goto('/ru/');
    await page.getByRole('link', { name: story(5).title, exact: true }).click();
    await expectStory(page, story(5).title);
    await expect.poll(() => [before.length, after.length]).toEqual([1, 1]);
  });
});

test.describe('instant navigation on a phone', () => {
  const { viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } = devices['Pixel 7'];
  test.use({ viewport, isMobile, hasTouch, userAgent, deviceScaleFactor });

  test('stories scrolled into view are fetched ahead, not the whole feed', async ({ page }) => {
    const requests = requestsFor(page, '.json');
    // A story far down the front page.
    const last = story(19);
    await page.goto('/ru/');
    const first = page.getByRole('link', { name: story(0).title, exact: true });
    await expect(first).toBeInViewport();
    await expect
      .poll(() => requests.some((url) => url.endsWith(`/articles/${story(0).id}.json`)))
      .toBe(true);
    // The last story on the page, far below, has not been fetched, nor most of the others.
    expect(requests.some((url) => url.endsWith(`/articles/${last.id}.json`))).toBe(false);
    expect(requests.filter((url) => url.includes('/articles/')).length).toBeLessThan(8);

    const lastLink = page.getByRole('link', { name: last.title, exact: true });
    await lastLink.scrollIntoViewIfNeeded();
    await expect
      .poll(() => requests.some((url) => url.endsWith(`/articles/${last.id}.json`)))
      .toBe(true);

    const count = requests.length;
    await lastLink.tap();
    await expectStory(page, last.title);
    expect(
      requests.slice(count).filter((url) => url.includes(`/articles/${last.id}.json`)),
    ).toEqual([]);
  });
});
