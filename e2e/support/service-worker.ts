import type { Page } from '@playwright/test';
import { expect } from './test.ts';

/** Waits until the site's service worker controls the page (it registers once the app is idle). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 20_000,
    })
    .toBe(true);
}

/** Waits until the worker's runtime cache `cacheName` holds `path` (relative to the site). */
export async function waitForCached(page: Page, cacheName: string, path: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          async ([name, url]) => (await (await caches.open(name)).match(url)) !== undefined,
          [cacheName, new URL(path, page.url()).href] as const,
        ),
      { message: `${path} in the ${cacheName} cache`, timeout: 20_000 },
    )
    .toBe(true);
}
