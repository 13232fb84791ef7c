import { test as base, expect, type Page } from '@playwright/test';
import { recordLayoutShifts } from './layout-shift.ts';

/**
 * Waits until the app has taken over the page: it starts after the first paint (see the boot
 * script in scripts/security/content-security-policy.ts), and a journey that clicks before it
 * would test plain links instead of the app. React marks its root container when it starts.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
}

/**
 * The browser's own report of a request that failed or was answered with an error status. Tests
 * of faults cause these on purpose; the app's reaction to them is what those tests check.
 */
const FAILED_REQUEST = /^Failed to load resource: /;

/**
 * Playwright's `test`, failing any test whose page threw an uncaught exception, logged an error
 * (React's hydration and rendering complaints land there), broke the Content Security Policy or
 * asked anything of another origin than the site's: a journey that looks right on screen while
 * the app crashes, or leans on something the policy blocks or a third party, underneath is not a
 * pass. Page loads wait for the app when scripts are on.
 */
export const test = base.extend<{ failOnPageErrors: undefined }>({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled) {
      await recordLayoutShifts(page);
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        // Only the site's own pages (not about:blank) start the app.
        if (options?.waitUntil !== 'commit' && /^(\/|https?:)/.test(url)) await waitForApp(page);
        return response;
      };
      page.reload = async (options) => {
        const response = await reload(options);
        if (options?.waitUntil !== 'commit') await waitForApp(page);
        return response;
      };
    }
    await use(page);
  },
  failOnPageErrors: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const violations: string[] = [];
      const consoleErrors: string[] = [];
      const thirdParty: string[] = [];
      const siteOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('pageerror', (error) => {
        errors.push(`${error.name}: ${error.message}`);
      });
      page.on('console', (message) => {
        const text = message.text();
        if (/Content Security Policy/i.test(text)) violations.push(text);
        else if (message.type() === 'error' && !FAILED_REQUEST.test(text)) {
          consoleErrors.push(text);
        }
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && url.origin !== siteOrigin) {
          thirdParty.push(request.url());
        }
      });
      await use(undefined);
      expect(errors, 'uncaught exceptions in the page').toEqual([]);
      expect(consoleErrors, 'errors logged in the page').toEqual([]);
      expect(violations, 'Content Security Policy violations').toEqual([]);
      expect(thirdParty, 'requests to other origins than the site').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
