import type { Locator } from '@playwright/test';
import { SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import { expect, test } from './support/test.ts';
import { LANGS, TELEGRAM_HREF, TEXT, WHATSAPP_NUMBER } from './support/texts.ts';

const PAGES = {
  'front page': { ru: '/ru/', ky: '/ky/' },
  article: { ru: SEED_RU.path, ky: SEED_KY.path },
  'not-found page': { ru: '/ru/no-such-page', ky: '/ky/no-such-page' },
} as const;

async function expectTapTarget(link: Locator) {
  const box = await link.boundingBox();
  if (!box) throw new Error('the link has no box');
  expect(box.width, 'width of the tap target').toBeGreaterThanOrEqual(44);
  expect(box.height, 'height of the tap target').toBeGreaterThanOrEqual(44);
}

async function expectOpensSafelyInNewTab(link: Locator) {
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
}

for (const lang of LANGS) {
  test(`"${TEXT[lang].sendNewsHeading}" on every kind of ${lang} page`, async ({ page }) => {
    for (const [pageName, paths] of Object.entries(PAGES)) {
      await test.step(pageName, async () => {
        await page.goto(paths[lang]);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

        const section = page.getByRole('region', { name: TEXT[lang].sendNewsHeading });
        await expect(section).toBeVisible();
        await expect(
          section.getByRole('heading', { name: TEXT[lang].sendNewsHeading, exact: true }),
        ).toBeVisible();

        const telegram = section.getByRole('link', { name: /Telegram/ });
        await expect(telegram).toBeVisible();
        await expect(telegram).toHaveAttribute('href', TELEGRAM_HREF);
        await expectOpensSafelyInNewTab(telegram);
        await expectTapTarget(telegram);

        const whatsapp = section.getByRole('link', { name: /WhatsApp/ });
        await expect(whatsapp).toBeVisible();
        const prefill = TEXT[lang].sendNewsPrefill;
        await expect(whatsapp).toHaveAttribute(
          'href',
          `https://wa.me/${WHATSAPP_NUMBER}?text=${encodeURIComponent(prefill)}`,
        );
        const href = await whatsapp.getAttribute('href');
        expect(new URL(href ?? '').searchParams.get('text')).toBe(prefill);
        await expectOpensSafelyInNewTab(whatsapp);
        await expectTapTarget(whatsapp);
      });
    }
  });
}
