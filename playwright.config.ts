import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, systemChromium } from './scripts/chromium.ts';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174);
/**
 * E2E_BASE_URL runs the suite against a server that is already up (nginx serving dist-e2e with
 * deploy/nginx.conf, in CI); otherwise the suite builds and serves the site itself.
 */
const EXTERNAL_BASE_URL = process.env.E2E_BASE_URL;
const BASE_URL = EXTERNAL_BASE_URL ?? `http://127.0.0.1:${PORT}`;
const CI = Boolean(process.env.CI);

/**
 * Specs whose outcome does not depend on the screen: what the server and the build answer
 * (prerendered HTML, headers, addresses, the manifest), and how the app meets faulty or hostile
 * data. They run on the phone only, where most readers are; every other spec runs at both sizes.
 */
const SCREEN_INDEPENDENT = [
  'compression',
  'edition-redirect',
  'faults',
  'hostile-content',
  'loading-states',
  'manifest',
  'prerender',
  'static-host',
  'update',
].map((name) => `**/${name}.spec.ts`);

const launchOptions = {
  // The system's Chromium; without one, Playwright's own browser if it is installed.
  executablePath: systemChromium(),
  args: CHROMIUM_FLAGS,
};

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  // Generous for a busy 2-core machine; a passing run is far quicker.
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'on-first-retry',
    screenshot: 'off',
    // A service worker's own requests escape page.route, which many specs use to shape the API;
    // only the offline and update specs let the worker run (test.use).
    serviceWorkers: 'block',
    launchOptions,
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: SCREEN_INDEPENDENT,
      use: {
        ...devices['Desktop Chrome'],
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
      },
    },
    {
      name: 'phone',
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium',
        defaultBrowserType: 'chromium',
      },
    },
  ],
  webServer: EXTERNAL_BASE_URL
    ? undefined
    : {
        // Fixture stories, a production build that includes them, and `vite preview` serving it.
        command: 'npm run e2e:serve',
        url: `${BASE_URL}/ru/`,
        reuseExistingServer: !CI,
        timeout: 120_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
