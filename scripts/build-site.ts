/**
 * npm run build: the whole site.
 *   1. the client app, with the JSON API built from content/ (vite build);
 *   2. the same routes for Node (vite build --ssr src/entry-server.tsx);
 *   3. every page the build knows rendered to HTML, hydrated later by the client.
 * OUT_DIR and CONTENT_DIRS work as for vite build.
 */
import path from 'node:path';
import { build, loadEnv } from 'vite';
import { apiOutputDir, parseApiBase } from '../src/shared/api/parse-api-base.ts';
import { loadSiteConfig } from './site-config/load-site-config.ts';
import { assignSpreadsPlugin } from './prerender/assign-spreads.ts';
import { prerender } from './prerender/prerender.ts';

const env = { ...loadEnv('production', process.cwd(), ''), ...process.env };
const siteDir = path.resolve(env.OUT_DIR ?? 'dist');
const ssrDir = path.resolve('node_modules', '.cache', 'ssr', path.basename(siteDir));
const apiBase = parseApiBase(env.VITE_API_BASE);
const site = loadSiteConfig('site.config.json', env);

await build({ logLevel: 'warn' });
if (!apiBase.startsWith('/')) {
  // The stories live in a CMS or CDN the build cannot read: prerendering content/ instead
  // would publish pages of stories that are not the site's. The client renders every page.
  console.log(`API base ${apiBase} is another site's: pages are not prerendered`);
  process.exit(0);
}

await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: ssrDir,
    emptyOutDir: true,
    copyPublicDir: false,
    rolldownOptions: {
      // The server holds every catalogue (all-catalogues.ts), so the browser's per-edition
      // imports of them are bundled in here by design, not by mistake.
      onLog(level, log, handler) {
        if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
      },
    },
  },
  // Node resolves react-router to its development build, warnings and all; the server bundle
  // renders ~110,000 pages at newsroom scale, so it takes the production one, bundled in.
  resolve: {
    alias: [
      {
        find: /^react-router$/,
        replacement: path.resolve('node_modules/react-router/dist/production/index.mjs'),
      },
    ],
  },
  // TanStack Query is bundled in too, so that its object spreads are rewritten with the rest.
  ssr: { noExternal: ['react-router', '@tanstack/react-query', '@tanstack/query-core'] },
  plugins: [assignSpreadsPlugin()],
});

const report = await prerender({
  siteDir,
  apiDir: path.join(siteDir, apiOutputDir(apiBase)),
  apiBase,
  origin: site.origin,
  serverEntry: path.join(ssrDir, 'entry-server.js'),
});
console.log(
  `prerendered ${report.rendered} of ${report.pages} pages in ${report.seconds.toFixed(1)} s`,
);
