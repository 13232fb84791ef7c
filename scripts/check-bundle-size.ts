/**
 * npm run check:bundle — fails when the script a reader's first visit costs grows past its
 * budget. Reads Vite's manifest of the built site for what a story and the front page load
 * without a tap: the entry chunk and every chunk it imports statically, the page's edition's
 * strings (the larger edition's, to be safe), and what the app loads as it starts (the extras,
 * the service worker's registration). Counts each as the network carries it: served by nginx
 * with deploy/nginx.conf and asked for as a browser asks (gzip and br accepted), the bytes of
 * the response's status line, headers and body, as Lighthouse counts a transfer.
 *
 *   npm run check:bundle [-- --port N]   (OUT_DIR: the built site, dist/ by default)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { LANGS } from '../src/shared/i18n/languages.ts';
import {
  EXTRAS_CHUNK,
  filesOfChunk,
  firstLoadFiles,
  firstVisitFiles,
  ManifestSchema,
} from './bundle/first-load-files.ts';
import { startNginx, wireBytes } from './lib/nginx.ts';

/**
 * The limit for script on a first visit, in KiB on the wire: the reader's budget
 * (docs/performance.md). Anything added to the first load has to be paid for there.
 */
const FIRST_VISIT_SCRIPT_BUDGET_KB = 120;

const { values } = parseArgs({ options: { port: { type: 'string' } } });

const siteDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const manifest = v.parse(
  ManifestSchema,
  JSON.parse(await readFile(path.join(siteDir, '.vite', 'manifest.json'), 'utf8')),
);

const shell = firstLoadFiles(manifest);
// The extras' chunk (decision 016) loads once the app runs. Should the entry come to need one of
// its modules, the entry would import the whole chunk, and the chunk imports the entry back.
const extrasOnFirstLoad = filesOfChunk(manifest, shell, EXTRAS_CHUNK);
if (extrasOnFirstLoad.length > 0) {
  console.error(
    `${extrasOnFirstLoad.join(', ')}: the extras' chunk is on the first load; a module the entry ` +
      `imports is in its list in vite.config.ts`,
  );
  process.exitCode = 1;
}

const nginx = await startNginx(siteDir, values.port ? Number(values.port) : undefined);
try {
  const wire = new Map<string, number>();
  for (const file of new Set(Object.values(manifest).map((chunk) => chunk.file))) {
    if (!file.endsWith('.js')) continue;
    const { bytes, status } = await wireBytes(`${nginx.origin}/${file}`);
    if (status !== 200) throw new Error(`nginx answered ${status} for /${file}`);
    wire.set(file, bytes);
  }
  const catalogues = LANGS.map((lang) => `src/shared/i18n/catalogues/${lang}.ts`);
  const visits = catalogues.map((catalogue) => {
    const files = firstVisitFiles(manifest, catalogue, catalogues);
    return { files, bytes: files.reduce((sum, file) => sum + (wire.get(file) ?? 0), 0) };
  });
  const largest = visits.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  for (const file of largest.files) {
    const bytes = wire.get(file) ?? 0;
    console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${file}`);
  }
  const budget = FIRST_VISIT_SCRIPT_BUDGET_KB * 1024;
  const verdict = largest.bytes <= budget ? 'within' : 'OVER';
  console.log(`${largest.bytes} bytes on the wire (headers included) of ${budget}`);
  console.log(
    `${(largest.bytes / 1024).toFixed(1).padStart(7)} KB  script of a first visit, as nginx ` +
      `sends it: ${verdict} the ${FIRST_VISIT_SCRIPT_BUDGET_KB} KB budget`,
  );
  if (largest.bytes > budget) process.exitCode = 1;
} finally {
  nginx.stop();
}
