import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SEED_RU } from './support/fixture-articles.ts';
import { expectStory } from './support/page.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { expect, test } from './support/test.ts';

/**
 * The built site the suite's server serves: `npm run e2e:serve` builds it, and CI's nginx run
 * serves the same folder. A deployment is a changed worker script in it.
 */
const SITE_DIR = 'dist-e2e';
const WORKER_FILE = path.join(SITE_DIR, 'sw.js');
/** Held while a test has deployed its change, so that two projects' runs take turns. */
const LOCK = path.join(SITE_DIR, '.sw-deploy-lock');

async function withDeployLock<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(LOCK);
      break;
    } catch (error) {
      if (attempt > 600) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

test.describe('a new version of the site', () => {
  test.use({ serviceWorkers: 'allow' });

  test('is announced once installed, and "Обновить" switches to it', async ({ page }) => {
    const prompt = page.getByRole('status').filter({ hasText: 'Доступна новая версия сайта.' });
    await withDeployLock(async () => {
      const deployed = await readFile(WORKER_FILE, 'utf8');
      try {
        await page.goto(SEED_RU.path);
        await waitForServiceWorker(page);
        await expect(prompt).toHaveCount(0);

        // The next deployment: the worker script differs from the installed one.
        await writeFile(WORKER_FILE, `${deployed}\n// the next deployment\n`);
        await page.evaluate(async () => {
          await (await navigator.serviceWorker.getRegistration())?.update();
        });
        await expect(prompt).toBeVisible();
      } finally {
        await writeFile(WORKER_FILE, deployed);
      }
    });
    // The running page keeps its version until the reader agrees.
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
    );
    expect(waiting).toBe(true);

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Обновить' }).click();
    await reloaded;
    await expectStory(page, SEED_RU.title);
    await expect(prompt).toHaveCount(0);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, active: registration?.active?.state };
      }),
    ).toEqual({ waiting: null, active: 'activated' });
  });
});
