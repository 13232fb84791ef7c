import { FIXTURE_ARTICLES, SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import { expectStory, languageSwitch } from './support/page.ts';
import { waitForCached, waitForServiceWorker } from './support/service-worker.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

const OFFLINE_NOTICE = 'Нет соединения с интернетом. Открываются истории, которые вы уже читали.';
const NEWEST = FIXTURE_ARTICLES[FIXTURE_ARTICLES.length - 1];
if (!NEWEST) throw new Error('no fixture stories');

test.describe('offline reading', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a story opened from the front page opens again offline, and so does the front page', async ({
    page,
    context,
  }) => {
    await page.goto('/ru/');
    await waitForServiceWorker(page);
    // The first page was loaded before the worker: the app has it fetched again to keep it.
    await waitForCached(page, 'pages', '/ru/');

    await page.getByRole('link', { name: NEWEST.title, exact: true }).click();
    await expectStory(page, NEWEST.title);
    await waitForCached(page, 'api', `/api/v1/articles/${NEWEST.id}.json`);

    await context.setOffline(true);
    await page.reload();
    await expectStory(page, NEWEST.title);
    await expect(page.getByRole('status').filter({ hasText: OFFLINE_NOTICE })).toBeVisible();

    await page.goto('/ru/');
    await expect(
      page.getByRole('heading', { level: 1, name: TEXT.ru.latestHeading, exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: NEWEST.title, exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: OFFLINE_NOTICE })).toBeVisible();

    await context.setOffline(false);
    await expect(page.getByText(OFFLINE_NOTICE)).toHaveCount(0);
  });

  test('the story a reader first landed on opens offline after a reload', async ({
    page,
    context,
  }) => {
    await page.goto(SEED_RU.path);
    await waitForServiceWorker(page);
    await waitForCached(page, 'pages', SEED_RU.path);

    await context.setOffline(true);
    await page.reload();
    await expectStory(page, SEED_RU.title);
    await expect(page.getByRole('status').filter({ hasText: OFFLINE_NOTICE })).toBeVisible();
  });

  test('the language switch still opens the story’s translation offline', async ({
    page,
    context,
  }) => {
    const translation = `/api/v1/articles/${SEED_KY.id}.json`;
    await page.goto(SEED_RU.path);
    await waitForServiceWorker(page);
    // What the page loaded before the worker took over is fetched again through it, the
    // translation's address with it. Forgotten, it shows what a later visit does.
    await waitForCached(page, 'api', translation);
    await page.evaluate(async (url) => {
      await (await caches.open('api')).delete(new URL(url, location.href).href);
    }, translation);
    await page.reload();

    const kyrgyz = languageSwitch(page, 'ru').getByRole('link', { name: TEXT.ky.autonym });
    // The page carries the translation's address only; the story is fetched, and kept, as the
    // reader nears the link.
    await kyrgyz.hover();
    await waitForCached(page, 'api', translation);

    await context.setOffline(true);
    await kyrgyz.click();
    await expectStory(page, SEED_KY.title);
  });

  test('a page not kept, opened offline from inside the app, says it cannot load and offers a retry', async ({
    page,
    context,
  }) => {
    await page.goto('/ru/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page
      .getByRole('navigation', { name: TEXT.ru.rubricNav })
      .getByRole('link', { name: TEXT.ru.society, exact: true })
      .click();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: TEXT.ru.errorTitle })).toBeVisible();
    await expect(alert).toContainText(TEXT.ru.errorNetwork);

    await context.setOffline(false);
    await alert.getByRole('button', { name: TEXT.ru.retry }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: TEXT.ru.society, exact: true }),
    ).toBeVisible();
    await expect(page).toHaveURL('/ru/rubric/society');
  });
});
