// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest.ts';

describe('webManifest', () => {
  it.each([
    ['ru', 'Новости Кыргызстана', 'Новости'],
    ['ky', 'Кыргызстан жаңылыктары', 'Жаңылыктар'],
  ] as const)(
    'installs the %s edition under its own name, opening its front page',
    (lang, name, short) => {
      expect(webManifest(lang)).toMatchObject({
        id: `/${lang}/`,
        name,
        short_name: short,
        lang,
        dir: 'ltr',
        start_url: `/${lang}/`,
        display: 'standalone',
        theme_color: '#0b3d6e',
      });
      expect(webManifest(lang).short_name.length).toBeLessThanOrEqual(12);
    },
  );

  it('offers 192 and 512 pixel icons and a maskable one', () => {
    const icons = webManifest('ru').icons;
    expect(icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });
});
