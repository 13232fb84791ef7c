import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, failing any test whose page threw an uncaught exception or broke the
 * Content Security Policy: a journey that looks right on screen while the app crashes, or
 * leans on something the policy blocks, underneath is not a pass.
 */
export const test = base.extend<{ failOnPageErrors: undefined }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const violations: string[] = [];
      page.on('pageerror', (error) => {
        errors.push(`${error.name}: ${error.message}`);
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(undefined);
      expect(errors, 'uncaught exceptions in the page').toEqual([]);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
