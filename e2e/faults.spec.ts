import type { Page, Route } from '@playwright/test';
import { fixturePath, LONG_ARTICLE, SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import { AFTER_RETRIES, expectErrorShown, expectFrameStays } from './support/errors.ts';
import {
  expectNotFound,
  expectStory,
  gotoWithoutPageData,
  languageSwitch,
} from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT, type Lang } from './support/texts.ts';

/**
 * Every data request the app makes, under every kind of fault: each fault gets its own message
 * in the edition's language (a missing resource is "not found", not "try again"), the retry
 * brings the page, and the rest of the page keeps working. Pages are opened at addresses the
 * build did not prerender, so the app itself loads their data.
 */

/** The app's request timeout (src/shared/api/fetch-json.ts), passed on the page's fake clock. */
const REQUEST_TIMEOUT_MS = 10_000;

type Outcome = 'network' | 'timeout' | 'not-found' | 'server' | 'invalid';

interface Fault {
  answer: (route: Route) => Promise<void> | undefined;
  outcome: Outcome;
  /** Whether the app tries it again (twice) before giving up. */
  transient: boolean;
}

const FAULTS: Record<string, Fault> = {
  'connection failure': {
    answer: (route) => route.abort('connectionfailed'),
    outcome: 'network',
    transient: true,
  },
  // The request is never answered; the app gives up on it after its timeout.
  timeout: { answer: () => undefined, outcome: 'timeout', transient: true },
  'HTTP 404': {
    answer: (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not Found' }),
    outcome: 'not-found',
    transient: false,
  },
  'HTTP 500': {
    answer: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Oops' }),
    outcome: 'server',
    transient: true,
  },
  'HTTP 503': {
    answer: (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'Busy' }),
    outcome: 'server',
    transient: true,
  },
  'malformed JSON': {
    answer: (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": "1001", ' }),
    outcome: 'invalid',
    transient: false,
  },
  'JSON of the wrong shape': {
    answer: (route) =>
      route.fulfill({ json: { id: 1001, title: ['Без текста'], body: 'none', items: 'none' } }),
    outcome: 'invalid',
    transient: false,
  },
};

const MESSAGE: Record<
  Exclude<Outcome, 'not-found'>,
  'errorNetwork' | 'errorTimeout' | 'errorServer' | 'errorInvalid'
> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  server: 'errorServer',
  invalid: 'errorInvalid',
};

function heading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/**
 * Serves `url` with the fault, counting requests. A fault that never answers is met with the
 * page's clock installed, so the app's timeouts can be passed without waiting them out.
 */
async function injectFault(page: Page, url: string | RegExp, fault: Fault) {
  const counter = { requests: 0 };
  if (fault.outcome === 'timeout') await page.clock.install();
  await page.route(url, (route) => {
    counter.requests += 1;
    return fault.answer(route);
  });
  return counter;
}

/** Moves the page's clock past each pending timeout until `done` (no-op without a clock). */
async function untilSettled(page: Page, fault: Fault, done: () => Promise<boolean>) {
  await expect
    .poll(
      async () => {
        if (fault.outcome === 'timeout') await page.clock.fastForward(REQUEST_TIMEOUT_MS);
        return done();
      },
      { timeout: AFTER_RETRIES.timeout * 2, intervals: [500] },
    )
    .toBe(true);
}

const TRIES = (fault: Fault) => (fault.transient ? 3 : 1);

/** The pages whose own data fails: the page says why, offers a retry that works. */
const PAGES = [
  {
    request: 'story',
    lang: 'ru',
    url: '**/api/v1/articles/1001.json',
    open: SEED_RU.path,
    shown: (page: Page) => expectStory(page, SEED_RU.title),
    notFound: (page: Page) => expectNotFound(page, 'ru'),
  },
  {
    request: 'latest stories',
    lang: 'ky',
    url: '**/api/v1/ky/latest.json',
    open: '/ky/',
    shown: (page: Page) => expect(heading(page, TEXT.ky.latestHeading)).toBeVisible(),
    notFound: (page: Page) => expectNotFound(page, 'ky'),
  },
  {
    request: 'rubric stories',
    lang: 'ru',
    url: '**/api/v1/ru/rubrics/society.json',
    open: '/ru/rubric/society',
    shown: async (page: Page) => {
      await expect(heading(page, TEXT.ru.society)).toBeVisible();
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
    },
    // A rubric's feed is published once it has a story: a missing one is an empty rubric.
    notFound: async (page: Page) => {
      await expect(heading(page, TEXT.ru.society)).toBeVisible();
      await expect(page.getByText(TEXT.ru.rubricEmpty)).toBeVisible();
    },
  },
] as const satisfies readonly {
  request: string;
  lang: Lang;
  url: string;
  open: string;
  shown: (page: Page) => Promise<void>;
  notFound: (page: Page) => Promise<void>;
}[];

for (const row of PAGES) {
  test.describe(`${row.request} request`, () => {
    for (const [name, fault] of Object.entries(FAULTS)) {
      test(name, async ({ page }) => {
        const { lang } = row;
        const counter = await injectFault(page, row.url, fault);
        await gotoWithoutPageData(page, row.open);
        const outcome = fault.outcome;
        if (outcome === 'not-found') {
          await row.notFound(page);
          await expect(page.getByRole('button', { name: TEXT[lang].retry })).toHaveCount(0);
          await expectFrameStays(page, lang);
          expect(counter.requests).toBe(1);
          return;
        }
        const alert = page.getByRole('alert');
        await untilSettled(page, fault, () => alert.isVisible());
        await expectErrorShown(page, lang, TEXT[lang][MESSAGE[outcome]]);
        expect(counter.requests, 'tries before giving up').toBe(TRIES(fault));
        // The language switch still leads to the other edition.
        const other: Lang = lang === 'ru' ? 'ky' : 'ru';
        await expect(
          languageSwitch(page, lang).getByRole('link', { name: TEXT[other].autonym }),
        ).toHaveAttribute('href', new RegExp(`^/${other}/`));

        await page.unroute(row.url);
        await page.getByRole('button', { name: TEXT[lang].retry }).click();
        await row.shown(page);
        await expect(alert).toHaveCount(0);
      });
    }
  });
}

test.describe('related stories request', () => {
  const RELATED = `**/api/v1/related/${LONG_ARTICLE.id}.json`;
  const related = (page: Page) => page.getByRole('region', { name: TEXT.ru.related, exact: true });

  for (const [name, fault] of Object.entries(FAULTS)) {
    test(`${name}: the story stands without them, and they come back later`, async ({ page }) => {
      const counter = await injectFault(page, RELATED, fault);
      await gotoWithoutPageData(page, fixturePath('ru', LONG_ARTICLE));
      await expectStory(page, LONG_ARTICLE.title);
      // Tried as often as the fault allows (a list that failed for good may be asked once more
      // when it mounts).
      await untilSettled(page, fault, () => Promise.resolve(counter.requests >= TRIES(fault)));
      await expect(related(page)).toHaveCount(0);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expectStory(page, LONG_ARTICLE.title);
      await expectFrameStays(page, 'ru');

      // A missing list is a story with no related stories, fresh for a while like any.
      if (fault.outcome === 'not-found') return;
      // Once the list is answered again, the next visit has it.
      await page.unroute(RELATED);
      await page.getByRole('banner').getByRole('link', { name: TEXT.ru.siteName }).click();
      await expect(heading(page, TEXT.ru.latestHeading)).toBeVisible();
      await page.goBack();
      await expectStory(page, LONG_ARTICLE.title);
      await expect(related(page)).toBeVisible();
    });
  }
});

test.describe('translation request (the language switch)', () => {
  const TRANSLATION = '**/api/v1/articles/1002.json';

  for (const [name, fault] of Object.entries(FAULTS)) {
    test(`${name}: the story stays, the switch still leads to the translation`, async ({
      page,
    }) => {
      const counter = await injectFault(page, TRANSLATION, fault);
      await gotoWithoutPageData(page, SEED_RU.path);
      await expectStory(page, SEED_RU.title);
      // On a phone the switch, on screen, also fetches the translation ahead, with tries of its
      // own: at least the address query's have been made once it has given up.
      await untilSettled(page, fault, () => Promise.resolve(counter.requests >= TRIES(fault)));
      await expect(page.getByRole('alert')).toHaveCount(0);
      // Without the translation's slug the switch links by its id; the app settles the address.
      const kyrgyz = languageSwitch(page, 'ru').getByRole('link', { name: TEXT.ky.autonym });
      await expect(kyrgyz).toHaveAttribute('href', /^\/ky\/news\/1002/);

      await kyrgyz.click();
      if (fault.outcome === 'not-found') {
        await expectNotFound(page, 'ky');
        return;
      }
      await untilSettled(page, fault, () => page.getByRole('alert').isVisible());
      await expectErrorShown(page, 'ky', TEXT.ky[MESSAGE[fault.outcome]]);
      await page.unroute(TRANSLATION);
      await page.getByRole('button', { name: TEXT.ky.retry }).click();
      await expectStory(page, SEED_KY.title);
    });
  }
});
