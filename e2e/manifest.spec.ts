import { SEED_KY, SEED_RU } from './support/fixture-articles.ts';
import { languageSwitch } from './support/page.ts';
import { expect, test } from './support/test.ts';
import { TEXT } from './support/texts.ts';

const NAMES = {
  ru: { name: TEXT.ru.siteName, short: 'Новости' },
  ky: { name: TEXT.ky.siteName, short: 'Жаңылыктар' },
} as const;

/** The width and height a PNG states in its header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The home-screen icons: one for launchers that mask icons to their own shape. */
const ICONS = [
  { src: '/icons/icon-192.png', size: 192, purpose: 'any' },
  { src: '/icons/icon-512.png', size: 512, purpose: 'any' },
  { src: '/icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

const PAGES = [
  { path: '/ru/', lang: 'ru' },
  { path: '/ru/page/2', lang: 'ru' },
  { path: SEED_RU.path, lang: 'ru' },
  { path: '/ru/rubric/politics', lang: 'ru' },
  // The not-found pages, as served for unknown addresses (ky/404.html by nginx).
  { path: '/404', lang: 'ru' },
  { path: '/ky/', lang: 'ky' },
  { path: SEED_KY.path, lang: 'ky' },
  { path: '/ky/rubric/economy', lang: 'ky' },
  { path: '/ky/404', lang: 'ky' },
  // The app shell, which the service worker also serves for pages it has not kept.
  { path: '/', lang: 'ru' },
] as const;

test.describe('web app manifest', () => {
  for (const lang of ['ru', 'ky'] as const) {
    test(`the ${lang} edition installs as its own app`, async ({ request }) => {
      const response = await request.get(`/${lang}/manifest.webmanifest`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
      const manifest: unknown = await response.json();
      expect(manifest).toMatchObject({
        name: NAMES[lang].name,
        short_name: NAMES[lang].short,
        start_url: `/${lang}/`,
        id: `/${lang}/`,
        scope: '/',
        lang,
        dir: 'ltr',
        display: 'standalone',
        theme_color: '#0b3d6e',
        background_color: '#ffffff',
      });
      expect(manifest).toHaveProperty(
        'icons',
        ICONS.map(({ src, size, purpose }) => ({
          src,
          sizes: `${size}x${size}`,
          type: 'image/png',
          purpose,
        })),
      );
      for (const { src, size } of ICONS) {
        const icon = await request.get(src);
        expect(icon.headers()['content-type']).toBe('image/png');
        expect(pngSize(await icon.body())).toEqual({ width: size, height: size });
      }
    });
  }

  test('every page links its edition’s manifest', async ({ request }) => {
    for (const { path, lang } of PAGES) {
      const html = await (await request.get(path)).text();
      const links = [...html.matchAll(/<link rel="manifest" href="([^"]+)"/g)].map((m) => m[1]);
      expect(links, path).toEqual([`/${lang}/manifest.webmanifest`]);
    }
  });

  test('the manifest link follows the edition when the language switch changes it', async ({
    page,
  }) => {
    await page.goto(SEED_RU.path);
    const manifest = page.locator('link[rel="manifest"]');
    await expect(manifest).toHaveAttribute('href', '/ru/manifest.webmanifest');
    await languageSwitch(page, 'ru').getByRole('link', { name: TEXT.ky.autonym }).click();
    await expect(page).toHaveURL(SEED_KY.path);
    await expect(manifest).toHaveAttribute('href', '/ky/manifest.webmanifest');
  });
});
