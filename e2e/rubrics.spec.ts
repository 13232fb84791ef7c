import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import {
  FIXTURE_ARTICLES,
  KY_FIXTURE_ARTICLES,
  SEED_KY,
  SEED_RU,
  fixturePath,
  type Rubric,
} from './support/fixture-articles.ts';
import {
  expectNotFound,
  expectStory,
  horizontalOverflow,
  languageSwitch,
  story,
} from './support/page.ts';
import { expect, test } from './support/test.ts';
import { RUBRICS, TEXT, type Lang } from './support/texts.ts';

interface Story {
  id: string;
  lang: Lang;
  slug: string;
  title: string;
  publishedAt: string;
  rubric: Rubric;
}

/** Every story the e2e build publishes: the fixtures and the two seed stories (politics). */
const STORIES: readonly Story[] = [
  ...FIXTURE_ARTICLES,
  ...KY_FIXTURE_ARTICLES,
  { ...SEED_RU, lang: 'ru', rubric: 'politics' },
  { ...SEED_KY, lang: 'ky', rubric: 'politics' },
];

function storyById(id: string): Story {
  const found = STORIES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no fixture story ${id}`);
  return found;
}

/** An edition's stories in a rubric as its feed must order them: newest first. */
function inRubric(lang: Lang, rubric: Rubric): Story[] {
  return STORIES.filter((candidate) => candidate.lang === lang && candidate.rubric === rubric).sort(
    (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
  );
}

function rubricNav(page: Page, lang: Lang): Locator {
  return page.getByRole('navigation', { name: TEXT[lang].rubricNav, exact: true });
}

function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** The headline links of the feed in the page's main content. */
function feedHeadlines(page: Page): Locator {
  return page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 });
}

function relatedSection(page: Page, lang: Lang): Locator {
  return page.getByRole('region', { name: TEXT[lang].related, exact: true });
}

function hrefsOf(links: Locator): Promise<(string | null)[]> {
  return links.evaluateAll((elements) => elements.map((link) => link.getAttribute('href')));
}

test.describe('rubric navigation', () => {
  const PAGES = [
    ['Russian front page', '/ru/', 'ru'],
    ['Russian archive page', '/ru/page/2', 'ru'],
    ['Russian rubric page', '/ru/rubric/culture', 'ru'],
    ['Russian article', SEED_RU.path, 'ru'],
    ['Russian not-found page', '/ru/no-such-page', 'ru'],
    ['Kyrgyz front page', '/ky/', 'ky'],
    ['Kyrgyz rubric page', '/ky/rubric/economy', 'ky'],
    ['Kyrgyz article', SEED_KY.path, 'ky'],
    ['Kyrgyz not-found page', '/ky/rubric/no-such-rubric', 'ky'],
  ] as const;

  test('is on every kind of page, in the edition’s words, leading into the edition', async ({
    page,
  }) => {
    for (const [name, path, lang] of PAGES) {
      await test.step(name, async () => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // In the header, so it is the same on every page.
        const nav = page
          .getByRole('banner')
          .getByRole('navigation', { name: TEXT[lang].rubricNav, exact: true });
        await expect(nav).toBeVisible();
        const links = nav.getByRole('link');
        await expect(links).toHaveText([
          TEXT[lang].frontPageLink,
          ...RUBRICS.map((rubric) => TEXT[lang][rubric]),
        ]);
        expect(await hrefsOf(links)).toEqual([
          `/${lang}/`,
          ...RUBRICS.map((rubric) => `/${lang}/rubric/${rubric}`),
        ]);
      });
    }
  });

  test('leads to a rubric and marks the reader’s section as the current page', async ({ page }) => {
    await page.goto('/ru/');
    const nav = rubricNav(page, 'ru');
    const front = nav.getByRole('link', { name: TEXT.ru.frontPageLink, exact: true });
    const society = nav.getByRole('link', { name: TEXT.ru.society, exact: true });
    await expect(front).toHaveAttribute('aria-current', 'page');
    await expect(society).not.toHaveAttribute('aria-current');

    await society.click();
    await expect(page).toHaveURL('/ru/rubric/society');
    await expect(heading(page, TEXT.ru.society)).toBeVisible();
    await expect(society).toHaveAttribute('aria-current', 'page');
    await expect(front).not.toHaveAttribute('aria-current');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);

    await front.click();
    await expect(page).toHaveURL('/ru/');
    await expect(heading(page, TEXT.ru.latestHeading)).toBeVisible();
    await expect(front).toHaveAttribute('aria-current', 'page');
  });

  test('marks nothing on a story', async ({ page }) => {
    await page.goto(SEED_RU.path);
    await expectStory(page, SEED_RU.title);
    await expect(rubricNav(page, 'ru').locator('[aria-current]')).toHaveCount(0);
  });

  test('offers tap targets at least 44 px high', async ({ page }) => {
    await page.goto('/ru/rubric/politics');
    const links = rubricNav(page, 'ru').getByRole('link');
    await expect(links).toHaveCount(RUBRICS.length + 1);
    for (const link of await links.all()) {
      await link.scrollIntoViewIfNeeded();
      const box = await link.boundingBox();
      if (!box) throw new Error('a rubric link has no box');
      expect(box.height, 'height of the tap target').toBeGreaterThanOrEqual(44);
      expect(box.width, 'width of the tap target').toBeGreaterThanOrEqual(44);
    }
  });

  test('shows where the keyboard is', async ({ page }) => {
    await page.goto('/ru/');
    const link = rubricNav(page, 'ru').getByRole('link', { name: TEXT.ru.economy, exact: true });
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    const outline = await link.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });
});

test.describe('rubric page', () => {
  test('lists only the rubric’s stories, newest first, and pages through them', async ({
    page,
  }) => {
    const society = inRubric('ru', 'society');
    // 41 stories: archive pages of 20, 20 and 1, the rubric's page showing the last two.
    expect(society.length, 'society runs to three archive pages').toBe(41);
    const onRubricPage = society.slice(0, 21);

    await page.goto('/ru/rubric/society');
    await expect(heading(page, TEXT.ru.society)).toBeVisible();
    await expect(page).toHaveTitle(`${TEXT.ru.society} — ${TEXT.ru.siteName}`);
    await expect(feedHeadlines(page)).toHaveText(onRubricPage.map((item) => item.title));
    const links = feedHeadlines(page).getByRole('link');
    expect(await hrefsOf(links)).toEqual(onRubricPage.map((item) => fixturePath('ru', item)));

    const pagination = page
      .getByRole('main')
      .getByRole('navigation', { name: 'Страницы новостей' });
    await expect(pagination.getByRole('link', { name: TEXT.ru.newerStories })).toHaveCount(0);
    await pagination.getByRole('link', { name: TEXT.ru.olderStories }).click();

    // The archive's first page: the rubric's oldest stories.
    await expect(page).toHaveURL('/ru/rubric/society/page/1');
    await expect(heading(page, TEXT.ru.societyPage1)).toBeVisible();
    await expect(page).toHaveTitle(`${TEXT.ru.societyPage1} — ${TEXT.ru.siteName}`);
    await expect(feedHeadlines(page)).toHaveText(society.slice(21).map((item) => item.title));
    await expect(pagination).toContainText('Страница 1');
    await expect(pagination.getByRole('link', { name: TEXT.ru.olderStories })).toHaveCount(0);
    // The rubric stays marked on its archive pages.
    await expect(
      rubricNav(page, 'ru').getByRole('link', { name: TEXT.ru.society, exact: true }),
    ).toHaveAttribute('aria-current', 'page');

    await pagination.getByRole('link', { name: TEXT.ru.newerStories }).click();
    await expect(page).toHaveURL('/ru/rubric/society/page/2');
    await expect(heading(page, TEXT.ru.societyPage2)).toBeVisible();
    await expect(feedHeadlines(page)).toHaveText(society.slice(1, 21).map((item) => item.title));
    await pagination.getByRole('link', { name: TEXT.ru.newerStories }).click();
    await expect(page).toHaveURL('/ru/rubric/society/page/3');
    await expect(feedHeadlines(page)).toHaveText([society[0]?.title ?? '']);
    await pagination.getByRole('link', { name: TEXT.ru.newerStories }).click();
    await expect(page).toHaveURL('/ru/rubric/society');
    await expect(feedHeadlines(page).first()).toHaveText(society[0]?.title ?? '');
  });

  test('holds a rubric’s stories from every year, the seed story last', async ({ page }) => {
    const politics = inRubric('ru', 'politics');
    await page.goto('/ru/rubric/politics');
    await expect(feedHeadlines(page)).toHaveText(politics.map((item) => item.title));
    await expect(feedHeadlines(page).last()).toHaveText(SEED_RU.title);
    const datetimes = await page
      .getByRole('main')
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    const sorted = [...datetimes].sort((a, b) => Date.parse(b) - Date.parse(a));
    expect(datetimes).toEqual(sorted);
    // One page only: no pagination.
    await expect(page.getByRole('main').getByRole('navigation')).toHaveCount(0);
  });

  for (const [lang, rubric] of [
    ['ru', 'sport'],
    ['ky', 'world'],
  ] as const) {
    test(`a rubric with no stories yet says so (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/rubric/${rubric}`);
      await expect(heading(page, TEXT[lang][rubric])).toBeVisible();
      await expect(page.getByText(TEXT[lang].rubricEmpty, { exact: true })).toBeVisible();
      await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
      // Its stories are published, none: asking for them is no 404 in the reader's console.
      const head = await page.request.get(`/api/v1/${lang}/rubrics/${rubric}.json`);
      expect(head.status()).toBe(200);
      expect(await head.json()).toEqual({ lang, items: [] });
    });
  }

  test('an unknown rubric or page is a localized not-found page', async ({ page }) => {
    for (const [lang, path] of [
      ['ru', '/ru/rubric/politika'],
      ['ru', '/ru/rubric/society/page/4'],
      ['ru', '/ru/rubric/sport/page/1'],
      ['ru', '/ru/rubric/society/page/abc'],
      ['ky', '/ky/rubric/sayasat'],
      ['ky', '/ky/rubric/politics/page/2'],
    ] as const) {
      await test.step(path, async () => {
        await page.goto(path);
        await expectNotFound(page, lang);
        await expect(page).toHaveURL(path);
        await expect(page.getByRole('link', { name: TEXT[lang].toFrontPage })).toHaveAttribute(
          'href',
          `/${lang}/`,
        );
        await expect(rubricNav(page, lang)).toBeVisible();
      });
    }
  });

  test('the language switch keeps the rubric', async ({ page }) => {
    await page.goto('/ru/rubric/politics');
    await expect(heading(page, TEXT.ru.politics)).toBeVisible();
    await languageSwitch(page, 'ru').getByRole('link', { name: TEXT.ky.autonym }).click();
    await expect(page).toHaveURL('/ky/rubric/politics');
    await expect(heading(page, TEXT.ky.politics)).toBeVisible();
    await expect(feedHeadlines(page)).toHaveText(
      inRubric('ky', 'politics').map((item) => item.title),
    );
    await expect(
      rubricNav(page, 'ky').getByRole('link', { name: TEXT.ky.politics, exact: true }),
    ).toHaveAttribute('aria-current', 'page');

    await languageSwitch(page, 'ky').getByRole('link', { name: TEXT.ru.autonym }).click();
    await expect(page).toHaveURL('/ru/rubric/politics');
    await expect(heading(page, TEXT.ru.politics)).toBeVisible();
  });

  test('the language switch on an older rubric page leads to the rubric’s first page', async ({
    page,
  }) => {
    await page.goto('/ru/rubric/society/page/2');
    await expect(heading(page, TEXT.ru.societyPage2)).toBeVisible();
    await languageSwitch(page, 'ru').getByRole('link', { name: TEXT.ky.autonym }).click();
    await expect(page).toHaveURL('/ky/rubric/society');
    await expect(heading(page, TEXT.ky.society)).toBeVisible();
    // No Kyrgyz story is in society: the Kyrgyz page says so in Kyrgyz.
    await expect(page.getByText(TEXT.ky.rubricEmpty, { exact: true })).toBeVisible();
  });

  test('a story names its rubric above the headline and leads to it', async ({ page }) => {
    const interview = storyById('9024');
    await page.goto(fixturePath('ru', interview));
    await expectStory(page, interview.title);
    const rubric = story(page, interview.title).getByRole('link', {
      name: TEXT.ru.politics,
      exact: true,
    });
    await expect(rubric).toBeVisible();
    const above = await rubric.evaluate((link) => {
      const headline = document.querySelector('main h1');
      return (
        headline !== null &&
        (link.compareDocumentPosition(headline) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      );
    });
    expect(above, 'the rubric comes before the headline').toBe(true);
    await rubric.click();
    await expect(page).toHaveURL('/ru/rubric/politics');
    await expect(heading(page, TEXT.ru.politics)).toBeVisible();
  });
});

test.describe('related stories', () => {
  /** Checks the section under the story: these stories, in this order, each dated. */
  async function expectRelated(page: Page, lang: Lang, ids: readonly string[]) {
    const section = relatedSection(page, lang);
    await expect(section).toBeVisible();
    await expect(
      section.getByRole('heading', { level: 2, name: TEXT[lang].related, exact: true }),
    ).toBeVisible();
    const items = section.getByRole('listitem');
    const expected = ids.map(storyById);
    await expect(items.getByRole('link')).toHaveText(expected.map((item) => item.title));
    expect(await hrefsOf(items.getByRole('link'))).toEqual(
      expected.map((item) => fixturePath(lang, item)),
    );
    await expect(items.locator('time')).toHaveCount(expected.length);
    const datetimes = await items
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(datetimes).toEqual(expected.map((item) => item.publishedAt));
    // After the story, not inside it.
    await expect(
      page.getByRole('article').getByRole('region', { name: TEXT[lang].related, exact: true }),
    ).toHaveCount(0);
  }

  test('follow a story: those sharing its first two tags first, the closest in time, not itself', async ({
    page,
  }) => {
    // 9024 is tagged мэрия (9016, 9005), транспорт (9015, 9010, 9001) and, third, интервью
    // (9020), which is not asked about; it is in politics with 9021 and the seed. Its two
    // neighbours on either side in each feed are the candidates: those sharing a tag come first.
    const interview = storyById('9024');
    await page.goto(fixturePath('ru', interview));
    await expectStory(page, interview.title);
    await expectRelated(page, 'ru', ['9016', '9015', '9010', '9005']);

    const next = storyById('9016');
    await relatedSection(page, 'ru').getByRole('link', { name: next.title, exact: true }).click();
    await expect(page).toHaveURL(fixturePath('ru', next));
    await expectStory(page, next.title);
  });

  test('a story’s links are followed within the app: a related story, a rubric, the other edition', async ({
    page,
  }) => {
    await page.goto(fixturePath('ru', storyById('9024')));
    await page.waitForLoadState('networkidle');
    // Gone if any of the links loads a new document.
    await page.evaluate(() => {
      document.documentElement.dataset.e2eSameDocument = 'yes';
    });
    const next = storyById('9016');
    await relatedSection(page, 'ru').getByRole('link', { name: next.title, exact: true }).click();
    await expect(page).toHaveURL(fixturePath('ru', next));
    await page
      .getByRole('navigation', { name: TEXT.ru.rubricNav })
      .getByRole('link', { name: TEXT.ru.politics })
      .click();
    await expect(page).toHaveURL('/ru/rubric/politics');
    await page
      .getByRole('navigation', { name: TEXT.ru.languageSwitch })
      .getByRole('link', { name: TEXT.ky.autonym })
      .click();
    await expect(page).toHaveURL('/ky/rubric/politics');
    await expect(page.locator('html')).toHaveAttribute('data-e2e-same-document', 'yes');
  });

  test('a tap on a related story while the app is still taking over the page is not lost', async ({
    page,
  }) => {
    const interview = storyById('9024');
    const next = storyById('9016');
    // Taps the link from inside the page between two of the slices hydration runs in: once React
    // has reached the header's first link but not yet this one, near the end of the page. A slow
    // phone makes the slices long. Were hydration one task, no such moment would come.
    await page.addInitScript(
      ({ path, title }) => {
        if (window.location.pathname !== path) return;
        const reached = (element: Element | null | undefined) =>
          element != null && Object.keys(element).some((key) => key.startsWith('__reactFiber'));
        // React's scheduler runs each slice from a message posted after the last one; a message
        // of our own, posted the same way, runs between two slices. Timers lag behind them.
        const channel = new MessageChannel();
        const tap = () => {
          const root = document.getElementById('root');
          const started =
            root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
          if (!started) {
            setTimeout(tap, 10);
            return;
          }
          const siteName = document.querySelector('header a');
          const link = Array.from(document.querySelectorAll('a')).find(
            (a) => a.textContent === title,
          );
          if (reached(link)) {
            document.documentElement.dataset.e2eTap = 'missed: React had reached the link';
            return;
          }
          if (!link || !reached(siteName)) {
            channel.port2.postMessage(null);
            return;
          }
          document.documentElement.dataset.e2eTap = 'between two slices';
          document.documentElement.dataset.e2eSameDocument = 'yes';
          if (link instanceof HTMLElement) link.click();
        };
        channel.port1.onmessage = tap;
        tap();
      },
      { path: fixturePath('ru', interview), title: next.title },
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
    await page.goto(fixturePath('ru', interview), { waitUntil: 'commit' });
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-e2e-tap', 'between two slices', { timeout: 30_000 });
    await expect(page).toHaveURL(fixturePath('ru', next), { timeout: 30_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expectStory(page, next.title);
    // The app's navigation, not the browser following a plain link.
    await expect(html).toHaveAttribute('data-e2e-same-document', 'yes');
    // What the page script looked for is there once React has taken over: the check can fail.
    const marked = await page
      .locator('main h1')
      .evaluate((headline) => Object.keys(headline).some((key) => key.startsWith('__reactFiber')));
    expect(marked, 'React marks the elements it has hydrated').toBe(true);
  });

  test('bring in a story of another rubric that shares a tag', async ({ page }) => {
    // 9010 is in society and tagged транспорт with 9015, 9001 and 9024 (politics); then comes
    // society's closest, 9011.
    const target = storyById('9010');
    await page.goto(fixturePath('ru', target));
    await expectStory(page, target.title);
    await expectRelated(page, 'ru', ['9024', '9015', '9011', '9001']);
  });

  test('suggest the Kyrgyz edition’s stories in Kyrgyz, even under a Russian-only story', async ({
    page,
  }) => {
    const russianOnly = storyById('9022');
    await page.goto(fixturePath('ky', russianOnly));
    await expectStory(page, russianOnly.title);
    // Shown in the Kyrgyz edition, it suggests that edition's newest economy stories.
    await expectRelated(page, 'ky', ['9102', '9101']);
    await expect(relatedSection(page, 'ky').locator('time').first()).toHaveText('2017-ж., 2-июнь');
  });

  test('follow the Kyrgyz seed story with the other Kyrgyz politics story', async ({ page }) => {
    await page.goto(SEED_KY.path);
    await expectStory(page, SEED_KY.title);
    await expectRelated(page, 'ky', ['9103']);
  });

  test('are absent when no other story shares the rubric or a tag', async ({ page }) => {
    const exhibition = storyById('9023');
    await page.goto(fixturePath('ru', exhibition));
    await expectStory(page, exhibition.title);
    // Whatever the page loads for its related stories has arrived.
    await page.waitForLoadState('networkidle');
    await expect(relatedSection(page, 'ru')).toHaveCount(0);
    await expect(page.getByText(TEXT.ru.related)).toHaveCount(0);
  });

  test('never hold up the story, and failing leave no trace', async ({ page }) => {
    const interview = storyById('9024');
    const RELATED = `**/api/v1/related/${interview.id}.json`;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let requests = 0;
    await page.route(RELATED, async (route) => {
      requests += 1;
      await held;
      await route.fulfill({ status: 503, contentType: 'text/plain', body: 'Unavailable' });
    });
    // Opened from the front page, the story is loaded by the app itself, related stories and all.
    await page.goto('/ru/');
    await page.getByRole('link', { name: interview.title, exact: true }).click();
    // The story is shown while its related stories have not answered.
    await expectStory(page, interview.title);
    await expect.poll(() => requests).toBe(1);
    await expect(relatedSection(page, 'ru')).toHaveCount(0);

    release();
    // Tried three times (two retries) before giving up.
    await expect.poll(() => requests, { timeout: 15_000 }).toBe(3);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(relatedSection(page, 'ru')).toHaveCount(0);
    await expectStory(page, interview.title);
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('rubric pages do not scroll sideways, and the current rubric is in sight', async ({
    page,
  }) => {
    for (const [lang, rubric] of [
      ['ru', 'sport'],
      ['ru', 'society'],
      ['ky', 'culture'],
    ] as const) {
      await test.step(`/${lang}/rubric/${rubric}`, async () => {
        await page.goto(`/${lang}/rubric/${rubric}`);
        await expect(heading(page, TEXT[lang][rubric])).toBeVisible();
        const { scrollWidth, clientWidth } = await horizontalOverflow(page);
        expect(clientWidth).toBe(320);
        expect.soft(scrollWidth, 'document width beyond the screen').toBeLessThanOrEqual(320);
        const current = rubricNav(page, lang).getByRole('link', {
          name: TEXT[lang][rubric],
          exact: true,
        });
        await expect(current).toBeInViewport({ ratio: 1 });
      });
    }
  });

  test('the rubric row scrolls within itself to reach every rubric', async ({ page }) => {
    await page.goto('/ru/');
    const nav = rubricNav(page, 'ru');
    const last = nav.getByRole('link', { name: TEXT.ru.sport, exact: true });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport({ ratio: 1 });
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(320);
    await last.click();
    await expect(page).toHaveURL('/ru/rubric/sport');
  });
});

test.describe('axe-core (WCAG 2.2 A and AA) on rubric pages and related stories', () => {
  const PAGES = [
    ['Russian rubric page', '/ru/rubric/society'],
    ['Russian rubric page 2', '/ru/rubric/society/page/2'],
    ['Russian empty rubric', '/ru/rubric/sport'],
    ['Russian story with related stories', fixturePath('ru', storyById('9024'))],
    ['Kyrgyz rubric page', '/ky/rubric/politics'],
    ['Kyrgyz empty rubric', '/ky/rubric/society'],
    ['Kyrgyz story with related stories', SEED_KY.path],
  ] as const;

  test('finds nothing', async ({ page }) => {
    for (const [name, path] of PAGES) {
      await test.step(name, async () => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (path.includes('/news/')) {
          await expect(
            page.getByRole('region', { name: /^(Читайте также|Дагы окуңуз)$/ }),
          ).toBeVisible();
        }
        await expectNoAxeViolations(page);
      });
    }
  });
});
