import type { Page } from '@playwright/test';

/** What the reader chose on an earlier visit, in storage before the page's own scripts run. */
export async function rememberBeforeLoad(page: Page, values: Record<string, string>) {
  await page.addInitScript((stored) => {
    for (const [key, value] of Object.entries(stored)) window.localStorage.setItem(key, value);
  }, values);
}

/** The page's background colour, as painted. */
export function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/**
 * Records a computed style of `selector` at the window's load event, before the app starts
 * (it starts after the first paint): what the reader saw first, without the app's help.
 */
export async function recordStyleAtLoad(
  page: Page,
  selector: string,
  property: 'backgroundColor' | 'fontSize',
) {
  await page.addInitScript(
    ([target, name]) => {
      window.addEventListener('load', () => {
        const element =
          target === ':root' ? document.documentElement : document.querySelector(target);
        if (element) sessionStorage.setItem('e2e.style-at-load', getComputedStyle(element)[name]);
      });
    },
    [selector, property] as const,
  );
  return () => page.evaluate(() => sessionStorage.getItem('e2e.style-at-load'));
}

export const LIGHT_PAPER = 'rgb(255, 255, 255)';
export const DARK_PAPER = 'rgb(18, 20, 23)';
