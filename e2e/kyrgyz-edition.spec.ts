import { RUSSIAN_ONLY_ARTICLE, SEED_KY, SEED_RU, fixturePath } from './support/fixture-articles.ts';
import { expectStory, htmlLang, languageSwitch, story } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

test.describe('Kyrgyz edition', () => {
  test.describe('far from Bishkek', () => {
    test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });

    test('shows the Kyrgyz story with a Kyrgyz date, lang="ky" and its headline as title', async ({
      page,
    }) => {
      await page.goto(SEED_KY.path);
      await expectStory(page, SEED_KY.title);
      await expect.poll(() => htmlLang(page)).toBe('ky');
      await expect(page).toHaveTitle(`${SEED_KY.title} — ${TEXT.ky.siteName}`);
      const time = story(page, SEED_KY.title).locator('time');
      await expect(time).toHaveText('2017-ж., 12-июль');
      await expect(time).toHaveAttribute('datetime', '2017-07-12T00:00:00+06:00');
    });

    test('never prints English month names on the Kyrgyz front page', async ({ page }) => {
      await page.goto('/ky/');
      const times = page.getByRole('main').locator('time');
      await expect(times.first()).toBeVisible();
      for (const text of await times.allInnerTexts()) {
        expect(text).toMatch(/^\d{4}-ж\., \d{1,2}-[а-яөүң]+$/);
        expect(text).not.toMatch(/[A-Za-z]/);
      }
    });
  });

  test('the language switch names each language in itself and marks the current one', async ({
    page,
  }) => {
    for (const lang of ['ru', 'ky'] as const) {
      await page.goto(`/${lang}/`);
      const nav = languageSwitch(page, lang);
      const links = nav.getByRole('link');
      await expect(links).toHaveText([TEXT.ru.autonym, TEXT.ky.autonym]);
      // Each name is marked as its own language, for screen readers to pronounce it.
      await expect(links.first()).toHaveAttribute('lang', 'ru');
      await expect(links.last()).toHaveAttribute('lang', 'ky');
      await expect(nav.getByRole('link', { name: TEXT[lang].autonym })).toHaveAttribute(
        'aria-current',
        'page',
      );
    }
  });

  test('switching a Russian story to Кыргызча opens its Kyrgyz translation', async ({ page }) => {
    await page.goto(SEED_RU.path);
    await expectStory(page, SEED_RU.title);
    expect(await htmlLang(page)).toBe('ru');

    await languageSwitch(page, 'ru').getByRole('link', { name: TEXT.ky.autonym }).click();
    await expect(page).toHaveURL(SEED_KY.path);
    await expectStory(page, SEED_KY.title);
    await expect.poll(() => htmlLang(page)).toBe('ky');
    await expect(page).toHaveTitle(`${SEED_KY.title} — ${TEXT.ky.siteName}`);
    await expect(page.getByRole('link', { name: TEXT.ky.back })).toBeVisible();

    // And back again to the Russian original.
    await languageSwitch(page, 'ky').getByRole('link', { name: TEXT.ru.autonym }).click();
    await expect(page).toHaveURL(SEED_RU.path);
    await expectStory(page, SEED_RU.title);
    await expect.poll(() => htmlLang(page)).toBe('ru');
  });

  test('a story with no translation stays in Russian under the Kyrgyz edition, with a note', async ({
    page,
  }) => {
    const ruPath = fixturePath('ru', RUSSIAN_ONLY_ARTICLE);
    await page.goto(ruPath);
    await expectStory(page, RUSSIAN_ONLY_ARTICLE.title);
    await expect(page.getByRole('note')).toHaveCount(0);

    await languageSwitch(page, 'ru').getByRole('link', { name: TEXT.ky.autonym }).click();
    await expect(page).toHaveURL(fixturePath('ky', RUSSIAN_ONLY_ARTICLE));
    await expectStory(page, RUSSIAN_ONLY_ARTICLE.title);
    await expect.poll(() => htmlLang(page)).toBe('ky');
    await expect(story(page, RUSSIAN_ONLY_ARTICLE.title)).toHaveAttribute('lang', 'ru');
    await expect(page.getByText(TEXT.ky.onlyInRussian, { exact: true })).toBeVisible();
    // The frame around it speaks Kyrgyz, and so does the date.
    await expect(page.getByRole('link', { name: TEXT.ky.back })).toBeVisible();
    await expect(story(page, RUSSIAN_ONLY_ARTICLE.title).locator('time')).toHaveText(
      '2018-ж., 22-февраль',
    );

    // The choice is remembered: "/" now opens the Kyrgyz edition.
    await page.goto('/');
    await expect(page).toHaveURL('/ky/');
  });

  test('the Russian-only story opened directly under /ky/ keeps its address', async ({ page }) => {
    const kyPath = fixturePath('ky', RUSSIAN_ONLY_ARTICLE);
    await page.goto(kyPath);
    await expectStory(page, RUSSIAN_ONLY_ARTICLE.title);
    await expect(page).toHaveURL(kyPath);
    await expect(page.getByRole('note')).toHaveText(TEXT.ky.onlyInRussian);
  });

  test('the Russian story opened under /ky/ leads to its Kyrgyz translation', async ({ page }) => {
    await page.goto(`/ky/news/${SEED_RU.id}/${SEED_RU.slug}`);
    await expect(page).toHaveURL(SEED_KY.path);
    await expectStory(page, SEED_KY.title);
  });
});
