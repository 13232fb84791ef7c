import type { Plugin } from 'vite';
import { CATALOGUES } from '../../src/shared/i18n/catalogues.ts';
import { LANGS, type Lang } from '../../src/shared/i18n/languages.ts';
import { editionPath, manifestPath } from '../../src/shared/lib/paths.ts';

/** The brand's blue (favicon, icons, header), and the page behind the story. */
export const THEME_COLOR = '#0b3d6e';
export const BACKGROUND_COLOR = '#ffffff';

/**
 * An edition's web app manifest. One per edition, so that the icon a reader adds to the home
 * screen opens the edition they read, under its name in its language.
 */
export function webManifest(lang: Lang) {
  const t = CATALOGUES[lang];
  return {
    id: editionPath(lang),
    name: t.siteName,
    short_name: t.appShortName,
    description: t.siteDescription,
    lang,
    dir: 'ltr',
    start_url: editionPath(lang),
    // Both editions: a story linked from the other edition stays in the installed app.
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: '/icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
}

/** Builds only: writes each edition's manifest into the site, before the service worker lists it. */
export function webManifests(): Plugin {
  return {
    name: 'web-manifests',
    apply: 'build',
    generateBundle() {
      for (const lang of LANGS) {
        this.emitFile({
          type: 'asset',
          fileName: manifestPath(lang).slice(1),
          source: `${JSON.stringify(webManifest(lang), null, 2)}\n`,
        });
      }
    },
  };
}
