import type { Plugin } from 'vite';
import { CATALOGUES, PUBLISHED } from '../../src/shared/i18n/all-catalogues.ts';
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
  const published = PUBLISHED[lang];
  return {
    id: editionPath(lang),
    name: t.siteName,
    short_name: published.appShortName,
    description: published.siteDescription,
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

/** Writes each edition's manifest into the built site (before the service worker lists it), and serves it in development. */
export function webManifests(): Plugin {
  const files = new Map(
    LANGS.map((lang) => [manifestPath(lang), `${JSON.stringify(webManifest(lang), null, 2)}\n`]),
  );
  return {
    name: 'web-manifests',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const body = files.get(request.url ?? '');
        if (body === undefined) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'application/manifest+json');
        response.end(body);
      });
    },
    generateBundle() {
      for (const [path, source] of files) {
        this.emitFile({ type: 'asset', fileName: path.slice(1), source });
      }
    },
  };
}
