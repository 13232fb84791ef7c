import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import {
  FIXTURE_ARTICLES,
  IMAGE_ARTICLE,
  KY_FIXTURE_ARTICLES,
  SEED_RU,
} from './support/fixture-articles.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { waitForHydrated } from './support/page.ts';
import { expect, test } from './support/test.ts';

type Lang = 'ru' | 'ky';

const UI = {
  ru: {
    open: 'Поиск',
    heading: 'Поиск',
    label: 'Искать в новостях',
    landmark: 'Поиск по сайту',
    nothingFound: (query: string) =>
      `По запросу «${query}» ничего не найдено. Проверьте написание или поищите другими словами.`,
    offline:
      'Для поиска нужно подключение к интернету. Новости, которые вы уже читали, открываются и без него.',
    needsScript: 'Поиск работает только с включённым JavaScript.',
    more: 'Показать ещё',
    relevance: 'Сначала самые подходящие',
    rubric: 'Политика',
  },
  ky: {
    open: 'Издөө',
    heading: 'Издөө',
    label: 'Жаңылыктардан издөө',
    landmark: 'Сайттан издөө',
    nothingFound: (query: string) =>
      `«${query}» боюнча эч нерсе табылган жок. Жазылышын текшериңиз же башка сөздөр менен издеңиз.`,
    offline:
      'Издөө үчүн интернет байланышы керек. Мурда окуган жаңылыктарыңыз интернетсиз да ачылат.',
    needsScript: 'Издөө JavaScript күйгүзүлгөндө гана иштейт.',
    more: 'Дагы көрсөтүү',
    relevance: 'Адегенде эң ылайыктуулары',
    rubric: 'Саясат',
  },
} as const;

const KY_BAZAAR = KY_FIXTURE_ARTICLES[0];
const NEWEST_RU = FIXTURE_ARTICLES[FIXTURE_ARTICLES.length - 1];
if (!KY_BAZAAR || !NEWEST_RU) throw new Error('no fixture stories');

/** Whether the page is as wide as a phone's, where the header's search is behind its control. */
function onPhone(page: Page): boolean {
  return (page.viewportSize()?.width ?? Infinity) < 640;
}

/** The header's search field: on a phone behind its "Поиск" control, which opens it. */
async function searchField(page: Page, lang: Lang) {
  const field = page.getByRole('searchbox', { name: UI[lang].label });
  const toggle = page.getByRole('button', { name: UI[lang].open, exact: true });
  // The toggle and the field are the app's: before React has the header (its whole subtree is
  // hydrated once it is marked), they are a plain link and form.
  await waitForHydrated(page.getByRole('banner'));
  if (onPhone(page)) {
    // A button once the app's header has started (a moment after hydration).
    await expect(toggle).toBeVisible();
    await expect(field).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(field).toBeVisible();
  return field;
}

function results(page: Page) {
  return page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') });
}

/**
 * The search page's announcement of its results. Read once the search page shows: while the
 * app is still on its way there, the story the search started from has status regions too.
 */
async function searchStatus(page: Page, lang: Lang) {
  await expect(page.getByRole('heading', { level: 1, name: UI[lang].heading })).toBeVisible();
  return page.getByRole('main').getByRole('status');
}

test.describe('search', () => {
  test('the header of every page searches its edition, with the field labelled in its language', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(SEED_RU.path);
    // Nothing of the index loads until the reader searches.
    expect(requests.filter((path) => path.startsWith('/search-index/'))).toEqual([]);
    await expect(page.getByRole('search', { name: UI.ru.landmark })).toHaveCount(
      // The phone's control: a link until the app runs, a button after.
      (await page
        .getByRole('link', { name: UI.ru.open, exact: true })
        .or(page.getByRole('button', { name: UI.ru.open, exact: true }))
        .isVisible())
        ? 0
        : 1,
    );

    const field = await searchField(page, 'ru');
    await field.fill('дипломатов');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/ru\/search\?q=%D0%B4/);
    await expect(await searchStatus(page, 'ru')).toHaveText('Найдена 1 новость.');
    const hit = results(page).first();
    await expect(hit.getByRole('link', { name: SEED_RU.title })).toHaveAttribute(
      'href',
      SEED_RU.path,
    );
    await expect(hit.getByText('12 июля 2017 г.')).toBeVisible();
    await expect(hit.getByText(UI.ru.rubric)).toBeVisible();
    // "дипломатов" found "дипломаты": the matched word is marked.
    await expect(hit.locator('mark').first()).toHaveText(/^дипломат/i);
    // The excerpt is cut from a longer text, and says so.
    await expect(hit.getByRole('paragraph').filter({ has: page.locator('mark') })).toHaveText(/…$/);

    await page.goto('/ky/');
    const kyField = await searchField(page, 'ky');
    await kyField.fill('базар');
    await kyField.press('Enter');
    await expect(await searchStatus(page, 'ky')).toHaveText('1 жаңылык табылды.');
    await expect(results(page).getByRole('link', { name: KY_BAZAAR.title })).toBeVisible();
  });

  test('inflected forms find each other, "е" finds "ё", and a Latin keyboard finds Cyrillic', async ({
    page,
  }) => {
    await page.goto('/ru/search?q=kemelova');
    await expect(page.getByRole('searchbox', { name: UI.ru.label })).toHaveValue('kemelova');
    await expect(results(page).getByRole('link', { name: SEED_RU.title })).toBeVisible();

    await page.goto(`/ru/search?q=${encodeURIComponent('Кемеловой')}`);
    await expect(results(page).getByRole('link', { name: SEED_RU.title })).toBeVisible();

    // A hyphenated word, as the headline writes it ("44-й сессии").
    await page.goto(`/ru/search?q=${encodeURIComponent('44-й')}`);
    await expect(results(page).getByRole('link', { name: SEED_RU.title })).toBeVisible();

    // The fixture stories say "передаёт".
    await page.goto(`/ru/search?q=${encodeURIComponent('передает')}`);
    await expect(await searchStatus(page, 'ru')).toHaveText('Найдено 45 новостей.');
    // The excerpt shows the word as the story spells it.
    await expect(results(page).first().locator('mark').first()).toHaveText('передаёт');

    await page.goto('/ky/search?q=bishkek');
    await expect(results(page).getByRole('link', { name: KY_BAZAAR.title })).toBeVisible();
    await page.goto('/ru/search?q=bishkek');
    await expect(results(page).getByRole('link', { name: IMAGE_ARTICLE.title })).toBeVisible();
  });

  test('results come newest first, most relevant on request, and more on demand', async ({
    page,
  }) => {
    // Every fixture story happened in Bishkek; one has it in its headline.
    await page.goto(`/ru/search?q=${encodeURIComponent('Бишкек')}`);
    await expect(results(page)).toHaveCount(10);
    await expect(results(page).first().getByRole('heading')).toHaveText(NEWEST_RU.title);
    // The e2e site's index is in parts of 20 stories: the order holds across them.
    await page.getByRole('button', { name: UI.ru.more }).focus();
    await page.keyboard.press('Enter');
    // The keyboard's place moves to the first of the results added, not to the top of the page.
    await expect(results(page).nth(10).getByRole('link')).toBeFocused();
    await page.getByRole('button', { name: UI.ru.more }).click();
    await expect(results(page)).toHaveCount(30);
    const dates = await results(page)
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.map((date) => Date.parse(date))).toEqual(
      dates.map((date) => Date.parse(date)).sort((a, b) => b - a),
    );
    await page.getByRole('link', { name: UI.ru.relevance }).click();
    await expect(page).toHaveURL(/sort=relevance/);
    await expect(results(page).first().getByRole('heading')).toHaveText(IMAGE_ARTICLE.title);

    await page.getByRole('button', { name: UI.ru.more }).click();
    await expect(results(page)).toHaveCount(20);
  });

  test('a shared search address shows its results, again after a reload', async ({ page }) => {
    const address = `/ru/search?q=${encodeURIComponent('Кемелова')}&sort=relevance`;
    await page.goto(address);
    await expect(results(page).getByRole('link', { name: SEED_RU.title })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('searchbox', { name: UI.ru.label })).toHaveValue('Кемелова');
    await expect(results(page).getByRole('link', { name: SEED_RU.title })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  // Words no story has; the second of each once found every story (the index's fallback to a
  // word's first letters, down to "а").
  const NONSENSE = { ru: ['zqxjvw', 'абракадабра'], ky: ['zqxjvw', 'xqzq'] } as const;
  for (const lang of ['ru', 'ky'] as const) {
    test(`nothing found says so (${lang})`, async ({ page }) => {
      for (const query of NONSENSE[lang]) {
        await page.goto(`/${lang}/search?q=${encodeURIComponent(query)}`);
        await expect(await searchStatus(page, lang)).toHaveText(UI[lang].nothingFound(query));
        await expect(results(page)).toHaveCount(0);
      }
    });
  }

  test('a word in one part of the index finds its story alone, not the other parts’ stubs', async ({
    page,
  }) => {
    // The e2e site's Russian index is in three parts; only the photo story says "снимков".
    for (const sort of ['', '&sort=relevance']) {
      await page.goto(`/ru/search?q=${encodeURIComponent('снимков')}${sort}`);
      await expect(await searchStatus(page, 'ru')).toHaveText('Найдена 1 новость.');
      await expect(results(page)).toHaveCount(1);
      await expect(results(page).getByRole('link', { name: IMAGE_ARTICLE.title })).toBeVisible();
    }
  });

  test('typing on the search page searches as the reader types', async ({ page }) => {
    await page.goto('/ru/search');
    const field = page.getByRole('searchbox', { name: UI.ru.label });
    // Typing as you go is the app's.
    await waitForHydrated(field);
    await field.pressSequentially('кемел');
    await expect(results(page).getByRole('link', { name: SEED_RU.title })).toBeVisible();
    await expect(page).toHaveURL(/q=%D0%BA%D0%B5%D0%BC%D0%B5%D0%BB$/);
  });

  test('search works by keyboard alone', async ({ page }) => {
    await page.goto('/ky/');
    await waitForHydrated(page.getByRole('banner'));
    const field = page.getByRole('searchbox', { name: UI.ky.label });
    const toggle = page.getByRole('button', { name: UI.ky.open, exact: true });
    const target = onPhone(page) ? toggle : field;
    await expect(target).toBeVisible();
    // Right after the site's name, as the header shows it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    if (target === toggle) {
      // A button's keys: Space opens the field (and does not scroll), Escape closes it.
      const scrolled = await page.evaluate(() => window.scrollY);
      await page.keyboard.press('Space');
      await expect(field).toBeFocused();
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      await page.keyboard.press('Escape');
      await expect(field).toBeHidden();
      await expect(toggle).toBeFocused();
      await page.keyboard.press('Space');
      await expect(field).toBeFocused();
    }
    await page.keyboard.type('базар');
    await page.keyboard.press('Enter');
    const link = results(page).getByRole('link', { name: KY_BAZAAR.title });
    await expect(link).toBeVisible();
    for (let presses = 0; presses < 30; presses++) {
      if (await link.evaluate((element) => element === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: KY_BAZAAR.title })).toBeVisible();
  });

  test('offline, search says it needs a connection', async ({ page, context }) => {
    await page.goto('/ru/search');
    await context.setOffline(true);
    const field = page.getByRole('searchbox', { name: UI.ru.label });
    await field.fill('Кемелова');
    await field.press('Enter');
    await expect(await searchStatus(page, 'ru')).toHaveText(UI.ru.offline);
  });
});

test.describe('search with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the index is cached as searches fetch it, never ahead; offline, search says it needs a connection', async ({
    page,
    context,
  }) => {
    await page.goto('/ru/');
    await waitForServiceWorker(page);
    // The index's parts the worker keeps (listed: a module's request carries an Origin header,
    // which the server's Vary names, so a plain match would miss them).
    const cachedIndex = () =>
      page.evaluate(async () =>
        (await caches.keys()).includes('search')
          ? (await (await caches.open('search')).keys()).map(({ url }) => new URL(url).pathname)
          : [],
      );
    expect(await cachedIndex()).toEqual([]);
    await page.goto(`/ru/search?q=${encodeURIComponent('Кемелова')}`);
    await expect(results(page).getByRole('link', { name: SEED_RU.title })).toBeVisible();
    await expect.poll(cachedIndex).toContain('/search-index/ru/0/pagefind.js');
    expect(await cachedIndex()).toContain('/search-index/ru/parts.json');
    expect((await cachedIndex()).some((path) => path.includes('/fragment/'))).toBe(true);

    await context.setOffline(true);
    await page.goto(`/ru/search?q=${encodeURIComponent('Бишкек')}`);
    await expect(await searchStatus(page, 'ru')).toHaveText(UI.ru.offline);
  });
});

test.describe('search without scripts', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['ru', 'ky'] as const) {
    test(`the form still submits and the page says search needs JavaScript (${lang})`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/`);
      const toggle = page.getByRole('link', { name: UI[lang].open, exact: true });
      // On a phone the control is a link to the search page, whose field is open.
      if (await toggle.isVisible()) await toggle.click();
      const field = page.getByRole('searchbox', { name: UI[lang].label });
      await field.fill('Бишкек');
      await field.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/search\\?q=`));
      // What a browser without scripts shows: the explanation and the rubrics' links. (A browser
      // whose scripts are only switched off for a test, as here, still reads <noscript> as text.)
      const noscript = page.locator('main noscript');
      expect(await noscript.textContent()).toContain(UI[lang].needsScript);
      await expect(noscript.locator(`a[href="/${lang}/rubric/politics"]`)).toHaveCount(1);
    });
  }
});
