import type { Locator } from '@playwright/test';
import { FIXTURE_ARTICLES, SEED_RU } from './support/fixture-articles.ts';
import { expectNotFound } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

/** The Russian stories as the feed must order them: newest first. */
const RU_NEWEST_FIRST = [
  ...[...FIXTURE_ARTICLES].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)),
  { id: SEED_RU.id, title: SEED_RU.title, publishedAt: '2017-07-12T00:00:00+06:00' },
];

/** The feed's entries: one list item per story in the page's main content. */
function feedItems(main: Locator): Locator {
  return main.getByRole('listitem');
}

/**
 * Archive pages of 20, numbered from the oldest: the 46 Russian stories fill pages 1 and 2, and
 * page 3 holds the newest 6. The front page shows the newest page and, while it is not full, the
 * page before it.
 */
const ON_FRONT = 26;

const RU_DATE = /^\d{1,2} [а-я]+ \d{4} г\.$/;
/** A lead: a sentence or so of the story's own Russian text. */
const LEAD = /^[А-ЯЁ].*[а-яё].*\S$/;

test.describe('front page', () => {
  test('lists the latest stories newest first, each with headline link, date and lead', async ({
    page,
  }) => {
    await page.goto('/ru/');
    await expect(page).toHaveTitle(`${TEXT.ru.latestHeading} — ${TEXT.ru.siteName}`);
    const main = page.getByRole('main');
    await expect(
      main.getByRole('heading', { level: 1, name: TEXT.ru.latestHeading, exact: true }),
    ).toBeVisible();

    const items = feedItems(main);
    await expect(items).toHaveCount(ON_FRONT);
    const expected = RU_NEWEST_FIRST.slice(0, ON_FRONT);

    // Each entry: its headline as a link to the story, its date, then its lead.
    const headlines = items.getByRole('heading', { level: 2 }).getByRole('link');
    await expect(headlines).toHaveText(expected.map((story) => story.title));
    const hrefs = await headlines.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(hrefs).toEqual(
      expected.map((story) =>
        expect.stringMatching(new RegExp(`^/ru/news/${story.id}/[a-z0-9-]+$`)),
      ),
    );
    await expect(items.getByRole('paragraph')).toHaveText(expected.flatMap(() => [RU_DATE, LEAD]));

    // Newest first, by the machine-readable dates.
    const datetimes = await items
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(datetimes).toEqual(expected.map((story) => story.publishedAt));
    const instants = datetimes.map((value) => Date.parse(value));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    await expect(items.first().locator('time')).toHaveText('25 февраля 2018 г.');

    // A story with a lead of its own shows that lead.
    const withLead = FIXTURE_ARTICLES.find((story) => story.id === '9020');
    if (!withLead?.lead) throw new Error('fixture 9020 should have a lead');
    await expect(
      items.filter({ hasText: withLead.title }).getByRole('paragraph').last(),
    ).toHaveText(withLead.lead);
  });

  test('pages through the archive, oldest stories on page 1, and back', async ({ page }) => {
    await page.goto('/ru/');
    const main = page.getByRole('main');
    const pagination = main.getByRole('navigation', { name: 'Страницы новостей' });
    await expect(pagination.getByRole('link', { name: TEXT.ru.newerStories })).toHaveCount(0);

    // The stories just older than the front page's: the archive's first page, the oldest.
    await pagination.getByRole('link', { name: TEXT.ru.olderStories }).click();
    await expect(page).toHaveURL('/ru/page/1');
    await expect(
      main.getByRole('heading', { level: 1, name: TEXT.ru.latestPage1, exact: true }),
    ).toBeVisible();
    await expect(page).toHaveTitle(`${TEXT.ru.latestPage1} — ${TEXT.ru.siteName}`);
    await expect(feedItems(main).getByRole('heading', { level: 2 })).toHaveText(
      RU_NEWEST_FIRST.slice(ON_FRONT).map((story) => story.title),
    );
    // The shipped 2017 story is the oldest of all.
    await expect(feedItems(main).last()).toContainText(SEED_RU.title);
    await expect(pagination).toContainText('Страница 1');
    await expect(pagination.getByRole('link', { name: TEXT.ru.olderStories })).toHaveCount(0);

    await pagination.getByRole('link', { name: TEXT.ru.newerStories }).click();
    await expect(page).toHaveURL('/ru/page/2');
    await expect(
      main.getByRole('heading', { level: 1, name: TEXT.ru.latestPage2, exact: true }),
    ).toBeVisible();
    await expect(feedItems(main).getByRole('heading', { level: 2 })).toHaveText(
      RU_NEWEST_FIRST.slice(6, 26).map((story) => story.title),
    );

    await pagination.getByRole('link', { name: TEXT.ru.newerStories }).click();
    await expect(page).toHaveURL('/ru/page/3');
    await expect(feedItems(main)).toHaveCount(6);
    // The newest page leads back to the front page.
    await pagination.getByRole('link', { name: TEXT.ru.newerStories }).click();
    await expect(page).toHaveURL('/ru/');
    await expect(feedItems(main).first()).toContainText(RU_NEWEST_FIRST[0]?.title ?? '');
  });

  test('pages past the end or not numbered are not found', async ({ page }) => {
    for (const path of ['/ru/page/999', '/ru/page/abc', '/ru/page/0', '/ru/page/02']) {
      await test.step(path, async () => {
        await page.goto(path);
        await expectNotFound(page, 'ru');
        await expect(page).toHaveURL(path);
        await expect(page.getByRole('link', { name: TEXT.ru.toFrontPage })).toHaveAttribute(
          'href',
          '/ru/',
        );
      });
    }
  });

  test('the Kyrgyz edition has its own front page and not-found page', async ({ page }) => {
    await page.goto('/ky/');
    await expect(
      page.getByRole('heading', { level: 1, name: TEXT.ky.latestHeading, exact: true }),
    ).toBeVisible();
    await expect(feedItems(page.getByRole('main')).first()).toContainText('Кыргызстандык');
    await page.goto('/ky/page/999');
    await expectNotFound(page, 'ky');
  });
});
