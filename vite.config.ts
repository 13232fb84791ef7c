import path from 'node:path';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { EXTRAS_CHUNK } from './scripts/bundle/first-load-files.ts';
import { precompressedAssets } from './scripts/bundle/vite-plugin-precompressed.ts';
import { contentApi } from './scripts/content/vite-plugin-content-api.ts';
import { sitePages } from './scripts/prerender/vite-plugin-site-pages.ts';
import { webManifests } from './scripts/pwa/web-manifest.ts';
import { cspAndBoot } from './scripts/security/content-security-policy.ts';
import { preferencesScript } from './scripts/security/preferences-script.ts';
import { loadSettings } from './scripts/site-config/load-site-config.ts';

/**
 * React Router's package exports only its development build (warnings, checks); the production
 * build sits beside it. Builds use that one: ~1 KB less script for every reader, and faster
 * prerendering.
 */
const reactRouterProduction = {
  find: /^react-router$/,
  replacement: path.resolve('node_modules/react-router/dist/production/index.mjs'),
};

/**
 * React Router's `Link`, `NavLink` and `Form` are made by `forwardRef` calls and named by
 * `displayName` writes at the top of its module, which a bundler must keep even when nothing
 * uses them. The app uses none of them (its links are AppLink, decision 018): marked pure and
 * unnamed, they go, ~0.6 KB less script for every reader (decision 030).
 */
export function unusedRouterComponents(): Plugin {
  const components = ['Link', 'NavLink', 'Form'];
  return {
    name: 'news-reader:unused-router-components',
    apply: 'build',
    transform: {
      filter: { id: /node_modules\/react-router\/dist\/production\/chunk-[^/]+\.mjs$/ },
      handler(code) {
        let result = code;
        for (const name of components) {
          const made = new RegExp(`^var ${name} = (\\w+\\.forwardRef\\()`, 'm');
          const named = new RegExp(`^${name}\\.displayName = "${name}";$`, 'm');
          if (!made.test(result) || !named.test(result)) continue;
          result = result.replace(made, `var ${name} = /* @__PURE__ */ $1`).replace(named, '');
        }
        return result === code ? undefined : { code: result, map: null };
      },
    },
  };
}

/**
 * The extras' modules (decision 016): what only they use, and nothing the entry imports (the
 * bundle check fails if the entry comes to need their chunk).
 */
const EXTRAS = new Set(
  [
    'src/features/navigation/floating-to-top-button.tsx',
    'src/features/text-size/text-size-control.tsx',
    'src/features/share/share-actions.tsx',
    'src/features/theme/remembered-theme.tsx',
    'src/features/offline/offline-status.tsx',
    // Its styles too: else a stub chunk of their own carries them, one request more.
    'src/features/offline/offline.css',
    'src/features/offline/update-signal.ts',
    'src/shared/lib/stored-choice.ts',
    'src/features/theme/theme-choice.ts',
    'src/features/text-size/text-size-choice.ts',
    'src/features/offline/use-online-status.ts',
    'src/features/offline/connectivity-probe.ts',
    // The breaking-news banner, which also waits for the app to run.
    'src/features/breaking/breaking-banner.tsx',
    'src/features/breaking/breaking-queries.ts',
    'src/features/breaking/dismissed-breaking.ts',
    'src/features/breaking/breaking.css',
    // Started as the app starts, like the extras: in their chunk, a request (~0.4 KB) less.
    'src/features/offline/register-service-worker.ts',
  ].map((file) => path.resolve(file)),
);

export default defineConfig(({ command, mode, isSsrBuild }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const { site: siteConfig, apiBase } = loadSettings(env);
  // CONTENT_DIRS lets tests publish extra articles beside the shipped ones.
  const contentDirs = (env.CONTENT_DIRS ?? 'content').split(path.delimiter).filter(Boolean);

  return {
    plugins: [
      react(),
      unusedRouterComponents(),
      contentApi({ contentDirs, apiBase, breakingHours: siteConfig.breakingHours }),
      sitePages(),
      precompressedAssets(),
      preferencesScript(),
      cspAndBoot(apiBase),
      webManifests(),
    ],
    resolve: {
      alias: command === 'build' ? [reactRouterProduction] : [],
    },
    define: {
      // Both parsed above: an invalid value stops the build, and the browser trusts the constants.
      __SITE_CONFIG__: JSON.stringify(siteConfig),
      __API_BASE__: JSON.stringify(apiBase),
    },
    build: {
      target: 'es2022',
      outDir: env.OUT_DIR ?? 'dist',
      // Read by the bundle-size check (scripts/check-bundle-size.ts).
      manifest: true,
      // Every browser the reader supports preloads modules natively.
      modulePreload: { polyfill: false },
      // The extras (theme, text size, copy link, offline notes…) load together once the app runs:
      // two requests (the chunk and its styles) instead of eight, each a few hundred bytes with
      // its own headers.
      ...(isSsrBuild
        ? {}
        : {
            rolldownOptions: {
              output: {
                codeSplitting: {
                  groups: [
                    {
                      name: EXTRAS_CHUNK,
                      test: (id: string) => EXTRAS.has(id),
                      // Only these modules: what they share with the entry stays in the entry.
                      includeDependenciesRecursively: false,
                    },
                  ],
                },
              },
            },
          }),
    },
    preview: {
      port: 4173,
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      restoreMocks: true,
      // Read as text by its test, which keeps it as its generator says (picture-placeholder.ts).
      css: { include: [/picture\.css/] },
    },
  };
});
