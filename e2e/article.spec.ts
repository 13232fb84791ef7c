import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { SEED_RU } from './support/fixture-articles.ts';
import { expectNotFound, expectStory, story } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

const ContentSchema = v.object({
  body: v.array(
    v.object({ type: v.string(), runs: v.optional(v.array(v.object({ text: v.string() }))) }),
  ),
});

/** The seed story's paragraphs as the newsroom wrote them in content/articles/1001.json. */
function seedParagraphs(): string[] {
  const { body } = v.parse(
    ContentSchema,
    JSON.parse(readFileSync('content/articles/1001.json', 'utf8')),
  );
  return body
    .filter((block) => block.type === 'paragraph')
    .map((block) => (block.runs ?? []).map((run) => run.text).join(''));
}

test.describe('article page', () => {
  test('shows the seed story: headline, date, place, source and its eight paragraphs', async ({
    page,
  }) => {
    await page.goto(SEED_RU.path);
    await expectStory(page, SEED_RU.title);
    await expect(page).toHaveTitle(`${SEED_RU.title} — ${TEXT.ru.siteName}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

    const article = story(page, SEED_RU.title);
    const time = article.locator('time');
    await expect(time).toHaveText('12 июля 2017 г.');
    await expect(time).toHaveAttribute('datetime', '2017-07-12T00:00:00+06:00');
    await expect(article.getByText('Абиджан', { exact: true })).toBeVisible();
    await expect(article.getByText('Источник: пресс-служба МИД КР', { exact: true })).toBeVisible();

    const paragraphs = seedParagraphs();
    expect(paragraphs).toHaveLength(8);
    // Every paragraph of the story, in order, with nothing else but the dateline and the source.
    await expect(article.getByRole('paragraph')).toHaveText([
      /12 июля 2017 г\.\s*·\s*Абиджан/,
      ...paragraphs,
      /^Источник: пресс-служба МИД КР$/,
    ]);

    // The page chrome of the newsroom's old site is no part of the story's text.
    const text = await article.evaluate((element) =>
      element instanceof HTMLElement ? element.innerText : '',
    );
    expect(text).not.toContain('НАВЕРХ');
    expect(text).not.toContain('НАЗАД');
    expect(text).not.toContain('Сообщи свою новость:');
    await expect(page.getByText('Сообщи свою новость:')).toHaveCount(0);
  });

  test.describe('in another time zone', () => {
    test.use({ timezoneId: 'America/Los_Angeles' });

    test('dates the story on the newsroom’s calendar', async ({ page }) => {
      await page.goto(SEED_RU.path);
      await expect(story(page, SEED_RU.title).locator('time')).toHaveText('12 июля 2017 г.');
    });
  });

  for (const [name, path] of [
    ['without a slug', '/ru/news/1001'],
    ['with a wrong slug', '/ru/news/1001/wrong-slug'],
  ] as const) {
    test(`an address ${name} is replaced by the canonical one`, async ({ page }) => {
      await page.goto('/ru/');
      await page.goto(path);
      await expect(page).toHaveURL(SEED_RU.path);
      await expectStory(page, SEED_RU.title);
      // The redirect replaced the entry: going back skips the non-canonical address.
      await page.goBack();
      await expect(page).toHaveURL('/ru/');
      await expect(
        page.getByRole('heading', { level: 1, name: TEXT.ru.latestHeading, exact: true }),
      ).toBeVisible();
    });
  }

  test('an unknown story is a localized not-found page leading to the front page', async ({
    page,
  }) => {
    await page.goto('/ru/news/424242/x');
    await expectNotFound(page, 'ru');
    await expect(page).toHaveURL('/ru/news/424242/x');
    await expect(page).toHaveTitle(`${TEXT.ru.notFoundTitle} — ${TEXT.ru.siteName}`);
    // The frame of the site stays around the message.
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await page.getByRole('link', { name: TEXT.ru.toFrontPage }).click();
    await expect(page).toHaveURL('/ru/');
    await expect(
      page.getByRole('heading', { level: 1, name: TEXT.ru.latestHeading, exact: true }),
    ).toBeVisible();
  });

  test('an unknown story in the Kyrgyz edition is a Kyrgyz not-found page', async ({ page }) => {
    await page.goto('/ky/news/424242/x');
    await expectNotFound(page, 'ky');
    await expect(page.getByRole('link', { name: TEXT.ky.toFrontPage })).toHaveAttribute(
      'href',
      '/ky/',
    );
  });

  test('an address outside both editions is not found', async ({ page }) => {
    await page.goto('/en/news/1001');
    await expectNotFound(page, 'ru');
  });
});
