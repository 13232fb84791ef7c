import type { Page } from '@playwright/test';
import { SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import { expect, test } from './support/test.ts';
import { LANGS, SITE_ORIGIN, TEXT } from './support/texts.ts';

const STORIES = { ru: SEED_RU, ky: SEED_KY } as const;

function shareSection(page: Page, lang: 'ru' | 'ky') {
  return page.getByRole('region', { name: TEXT[lang].shareHeading });
}

/** The share links as the spec of each messenger has them, built here independently. */
function expectedLinks(story: { path: string; title: string }) {
  const url = `${SITE_ORIGIN}${story.path}`;
  return {
    telegram: `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(story.title)}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${story.title} ${url}`)}`,
  };
}

async function expectShareLinks(page: Page, lang: 'ru' | 'ky') {
  const section = shareSection(page, lang);
  const links = expectedLinks(STORIES[lang]);
  const telegram = section.getByRole('link', { name: new RegExp(`^${TEXT[lang].shareTelegram}`) });
  const whatsapp = section.getByRole('link', { name: new RegExp(`^${TEXT[lang].shareWhatsApp}`) });
  await expect(telegram).toHaveAttribute('href', links.telegram);
  await expect(whatsapp).toHaveAttribute('href', links.whatsapp);
  for (const link of [telegram, whatsapp]) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
}

test.describe('sharing a story', () => {
  for (const lang of LANGS) {
    test(`links Telegram and WhatsApp with the story’s canonical address (${lang})`, async ({
      page,
    }) => {
      await page.goto(STORIES[lang].path);
      await expect(
        shareSection(page, lang).getByRole('button', { name: TEXT[lang].copyLink }),
      ).toBeVisible();
      await expectShareLinks(page, lang);
      // The address is absolute and names the story, whatever address it was opened at.
      const telegram = await shareSection(page, lang)
        .getByRole('link')
        .first()
        .getAttribute('href');
      expect(new URL(telegram ?? '').searchParams.get('url')).toBe(
        `${SITE_ORIGIN}${STORIES[lang].path}`,
      );
    });
  }

  test('copies the link and says so politely', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SEED_RU.path);
    const section = shareSection(page, 'ru');
    await section.getByRole('button', { name: TEXT.ru.copyLink }).click();
    await expect(section.getByRole('status')).toHaveText(TEXT.ru.linkCopied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${SITE_ORIGIN}${SEED_RU.path}`,
    );
  });

  test('opens the device’s share sheet where the browser has one', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          sessionStorage.setItem('e2e.shared', JSON.stringify(data));
          return Promise.resolve();
        },
      });
    });
    await page.goto(SEED_RU.path);
    const section = shareSection(page, 'ru');
    await section.getByRole('button', { name: TEXT.ru.shareNative, exact: true }).click();
    expect(await page.evaluate(() => sessionStorage.getItem('e2e.shared'))).toBe(
      JSON.stringify({ title: SEED_RU.title, url: `${SITE_ORIGIN}${SEED_RU.path}` }),
    );
    await expect(section.getByRole('link')).toHaveCount(0);
  });
});

test.describe('sharing a story without scripts', () => {
  test.use({ javaScriptEnabled: false });

  test('works by plain links', async ({ page }) => {
    await page.goto(SEED_RU.path);
    await expectShareLinks(page, 'ru');
    await expect(shareSection(page, 'ru').getByRole('button')).toHaveCount(0);
  });
});
