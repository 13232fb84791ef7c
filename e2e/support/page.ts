import type { Locator, Page } from '@playwright/test';
import { expect } from './test.ts';
import { TEXT, type Lang } from './texts.ts';

export function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

export function viewportHeight(page: Page): Promise<number> {
  return page.evaluate(() => window.innerHeight);
}

/** Scrolls the window to `top` at once and waits until it is there. */
export async function scrollToY(page: Page, top: number): Promise<void> {
  await page.evaluate((y) => {
    window.scrollTo({ top: y, left: 0, behavior: 'instant' });
  }, top);
  await expect.poll(() => scrollY(page)).toBeCloseTo(top, -1);
}

/** The `lang` attribute of <html>. */
export function htmlLang(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('lang'));
}

export function languageSwitch(page: Page, lang: Lang): Locator {
  return page.getByRole('navigation', { name: TEXT[lang].languageSwitch });
}

/** The story on an article page: the <article> named by its headline. */
export function story(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title });
}

/** Waits for an article page to show its story with `title` as its one h1. */
export async function expectStory(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  await expect(story(page, title)).toBeVisible();
}

/** Waits for the not-found page of `lang`. */
export async function expectNotFound(page: Page, lang: Lang): Promise<void> {
  await expect(
    page.getByRole('heading', { level: 1, name: TEXT[lang].notFoundTitle, exact: true }),
  ).toBeVisible();
}

/** Whether the page scrolls sideways: the layout wider than the viewport. */
export function horizontalOverflow(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

/**
 * Scrolls the page so that `target` sits about 100 px below the top of the screen, as a reader
 * would before tapping it; returns the resulting scrollY.
 */
export async function scrollNearTop(page: Page, target: Locator): Promise<number> {
  await expect(target).toBeVisible();
  const top = await target.evaluate((element) => element.getBoundingClientRect().top);
  const y = Math.round(top + (await scrollY(page)) - 100);
  expect(y, 'the page is long enough to scroll').toBeGreaterThan((await viewportHeight(page)) / 2);
  await scrollToY(page, y);
  return scrollY(page);
}

/** Uses the skip link the way a keyboard user does: focus it, press Enter. */
export async function useSkipLink(page: Page, lang: Lang): Promise<void> {
  const skip = page.getByRole('link', { name: TEXT[lang].skipToContent });
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
}

/**
 * Opens `path` with its prerendered page served without the data it was rendered from, as a
 * page the build does not know would be: the app renders it afresh and asks for its data in the
 * browser, where a test can make that request fail.
 */
export async function gotoWithoutPageData(
  page: Page,
  path: string,
  options?: Parameters<Page['goto']>[1],
): Promise<void> {
  const { pathname } = new URL(path, 'http://localhost');
  await page.route(
    (url) => url.pathname === pathname,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const body = html.replace(
        /<script type="application\/json" id="page-data">[^<]*<\/script>/,
        '',
      );
      // A page whose data this no longer finds would be hydrated, and the test would fail far off.
      if (body.includes('id="page-data"')) throw new Error(`could not remove ${path}'s page data`);
      await route.fulfill({ response, body });
    },
  );
  await page.goto(path, options);
}

/**
 * Opens `path` as a page made at `madeAt`: each page the browser loads (a redirect's target too)
 * has it as its Last-Modified. A page made a minute ago or more (as the suite's build is, soon
 * after it starts) has its data asked again once the app has started (the live pages' rule); a
 * page made just now brings all it needs.
 */
export async function gotoMadeAt(page: Page, path: string, madeAt: Date): Promise<void> {
  await page.route('**/*', async (route) => {
    if (!route.request().isNavigationRequest()) {
      await route.fallback();
      return;
    }
    const response = await route.fetch();
    const headers = { ...response.headers(), 'last-modified': madeAt.toUTCString() };
    await route.fulfill({ response, headers });
  });
  await page.goto(path);
}

/**
 * Waits until React has hydrated `target` (it marks the elements it owns). The app starts after
 * the first paint and hydrates in slices: on a busy machine a field can still be plain HTML for a
 * moment after the app has started, and what is typed into it is the browser's alone.
 */
export async function waitForHydrated(target: Locator): Promise<void> {
  await expect
    .poll(() =>
      target.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__react'))),
    )
    .toBe(true);
}
