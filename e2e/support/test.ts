import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, failing any test whose page threw an uncaught exception: a journey that
 * looks right on screen while the app crashes underneath is not a pass.
 */
export const test = base.extend<{ failOnPageErrors: undefined }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => {
        errors.push(`${error.name}: ${error.message}`);
      });
      await use(undefined);
      expect(errors, 'uncaught exceptions in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
