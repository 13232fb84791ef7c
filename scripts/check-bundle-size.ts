/**
 * npm run check:bundle — fails when the script a reader downloads to open a story grows past
 * its budget. Reads Vite's manifest of the built site: the entry chunk and every chunk it
 * imports statically (what the browser fetches before the app starts), and the strings of the
 * story's edition, which the app loads before it starts (the larger edition's, to be safe);
 * gzipped, as served.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { LANGS } from '../src/shared/i18n/languages.ts';
import {
  EXTRAS_CHUNK,
  filesOfChunk,
  firstLoadFiles,
  ManifestSchema,
} from './bundle/first-load-files.ts';

/**
 * The limit for script on first load, in KiB gzipped: the reader's budget (docs/performance.md).
 * The reader is a few KB under it, so anything added to the first load has to be paid for there.
 */
const ARTICLE_SCRIPT_BUDGET_KB = 120;

const siteDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const manifest = v.parse(
  ManifestSchema,
  JSON.parse(await readFile(path.join(siteDir, '.vite', 'manifest.json'), 'utf8')),
);

/**
 * What a reader downloads of `file`: its gzip twin made at build (vite-plugin-precompressed.ts),
 * else what the server would make of it on the fly at gzip's best level.
 */
async function gzippedSize(file: string): Promise<number> {
  const twin = await stat(path.join(siteDir, `${file}.gz`)).catch(() => undefined);
  if (twin) return twin.size;
  return gzipSync(await readFile(path.join(siteDir, file)), { level: 9 }).length;
}

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
const editions = await Promise.all(
  LANGS.map(async (lang) => {
    const files = firstLoadFiles(manifest, `src/shared/i18n/catalogues/${lang}.ts`).filter(
      (file) => !shell.includes(file),
    );
    const sizes = await Promise.all(files.map(gzippedSize));
    return { files, size: sizes.reduce((sum, size) => sum + size, 0) };
  }),
);
const largest = editions.reduce((a, b) => (b.size > a.size ? b : a));

let total = 0;
for (const file of [...shell, ...largest.files]) {
  const size = await gzippedSize(file);
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB gz  ${file}`);
}
const kb = total / 1024;
console.log(`${total} bytes gz of ${ARTICLE_SCRIPT_BUDGET_KB * 1024}`);
const verdict = kb <= ARTICLE_SCRIPT_BUDGET_KB ? 'within' : 'OVER';
console.log(
  `${kb.toFixed(1).padStart(7)} KB gz  script to open a story: ${verdict} the ${ARTICLE_SCRIPT_BUDGET_KB} KB budget`,
);
if (kb > ARTICLE_SCRIPT_BUDGET_KB) process.exitCode = 1;
