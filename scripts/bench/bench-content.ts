/**
 * npm run bench:content -- --articles N
 *
 * Generates N synthetic articles in a temporary folder (Russian and Kyrgyz, translated pairs,
 * rubrics, tags), runs the content build on them in a fresh process (JSON API, sitemap, RSS),
 * then prerenders every page to HTML as `npm run build` does, then measures re-runs of both
 * with nothing changed and with a single article changed. The app itself (client
 * and server bundles) is built once beforehand: it does not grow with the corpus. Prints
 * figures; the last line is {"articles":N,"seconds":S,"peakRssMb":M,"maxClientJsonKbGz":K},
 * where S is the content build plus prerendering and M the larger of their peaks.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { generateCorpus } from './generate-corpus.ts';

const run = promisify(execFile);

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 2) {
  console.error('usage: npm run bench:content -- --articles N   (N a whole number, at least 2)');
  process.exit(2);
}

const ReportSchema = v.object({
  articles: v.number(),
  parsed: v.number(),
  written: v.number(),
  deleted: v.number(),
  outputs: v.number(),
  seconds: v.number(),
  peakRssMb: v.number(),
});

const ORIGIN = 'https://news.example.kg';
const SSR_ENTRY = path.join('node_modules', '.cache', 'ssr', 'dist', 'entry-server.js');

const PrerenderReportSchema = v.object({
  pages: v.number(),
  rendered: v.number(),
  deleted: v.number(),
  seconds: v.number(),
  peakRssMb: v.number(),
});

/** Runs one of the build's command-line steps in a fresh process; its last line is its report. */
async function runStep<T>(
  script: string,
  args: string[],
  schema: v.GenericSchema<unknown, T>,
): Promise<T & { wallSeconds: number }> {
  const started = performance.now();
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return { ...v.parse(schema, JSON.parse(last)), wallSeconds };
}

function buildOnce(contentDir: string, siteDir: string, outDir: string) {
  return runStep(
    'scripts/content/build-content-cli.ts',
    [
      ...['--content', contentDir, '--out', outDir, '--site', siteDir, '--origin', ORIGIN],
      // Kept in the temporary folder, so it goes with it.
      ...['--manifest', path.join(path.dirname(siteDir), 'content-build.jsonl')],
    ],
    ReportSchema,
  );
}

/** The largest JSON a reader's browser may load, gzipped: measured on the largest raw files. */
async function largestJsonGzipKb(dir: string, sample = 40) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const sizes: { file: string; size: number }[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.json') || entry.name.startsWith('.')) continue;
    const file = path.join(entry.parentPath, entry.name);
    sizes.push({ file, size: (await stat(file)).size });
  }
  sizes.sort((a, b) => b.size - a.size);
  let max = { file: '', kb: 0 };
  for (const { file } of sizes.slice(0, sample)) {
    const kb = gzipSync(await readFile(file)).length / 1024;
    if (kb > max.kb) max = { file: path.relative(dir, file), kb };
  }
  return { ...max, files: sizes.length };
}

function prerenderOnce(siteDir: string, manifestFile: string) {
  return runStep(
    'scripts/prerender/prerender-cli.ts',
    ['--site', siteDir, '--ssr', SSR_ENTRY, '--origin', ORIGIN, '--manifest', manifestFile],
    PrerenderReportSchema,
  );
}

/** A re-run of the whole build: the content build, then the prerender. */
async function rerun(label: string, contentDir: string, siteDir: string, outDir: string) {
  const content = await buildOnce(contentDir, siteDir, outDir);
  const pages = await prerenderOnce(siteDir, path.join(path.dirname(siteDir), 'prerender.jsonl'));
  console.log(
    `re-run, ${label}: ${(content.wallSeconds + pages.wallSeconds).toFixed(2)} s ` +
      `(content ${content.wallSeconds.toFixed(2)} s: parsed ${content.parsed}, wrote ${content.written}; ` +
      `prerender ${pages.wallSeconds.toFixed(2)} s: rendered ${pages.rendered} of ${pages.pages} pages)`,
  );
}

/** The app's bundles, built once: the template every page fills and the server renderer. */
async function ensureAppBuilt() {
  if (existsSync(path.join('dist', 'index.html')) && existsSync(SSR_ENTRY)) return;
  console.log('building the app first (npm run build)…');
  await run('npm', ['run', 'build'], { maxBuffer: 64 * 1024 * 1024 });
}

await ensureAppBuilt();
const root = await mkdtemp(path.join(os.tmpdir(), 'bench-content-'));
const contentDir = path.join(root, 'content');
const siteDir = path.join(root, 'dist');
const outDir = path.join(siteDir, 'api', 'v1');
try {
  await mkdir(siteDir, { recursive: true });
  await copyFile(path.join('dist', 'index.html'), path.join(siteDir, 'index.html'));
  const generateStarted = performance.now();
  await generateCorpus(contentDir, count);
  console.log(
    `generated ${count} articles in ${((performance.now() - generateStarted) / 1000).toFixed(1)} s`,
  );

  const full = await buildOnce(contentDir, siteDir, outDir);
  console.log(
    `content build: ${full.wallSeconds.toFixed(2)} s wall (${full.seconds.toFixed(2)} s in build), ` +
      `${full.outputs} files, peak RSS ${full.peakRssMb.toFixed(0)} MB`,
  );
  const pages = await prerenderOnce(siteDir, path.join(root, 'prerender.jsonl'));
  console.log(
    `prerender: ${pages.wallSeconds.toFixed(2)} s wall, ${pages.rendered} pages ` +
      `(${((pages.seconds * 1000) / Math.max(1, pages.rendered)).toFixed(2)} ms a page), ` +
      `peak RSS ${pages.peakRssMb.toFixed(0)} MB`,
  );

  await rerun('nothing changed', contentDir, siteDir, outDir);

  const one = path.join(contentDir, 'articles', '100000.json');
  const article: unknown = JSON.parse(await readFile(one, 'utf8'));
  if (typeof article === 'object' && article !== null) {
    await writeFile(
      one,
      JSON.stringify({ ...article, title: 'Изменённый заголовок для проверки' }),
    );
    const later = new Date(Date.now() + 1000);
    await utimes(one, later, later);
  }
  await rerun('one article changed', contentDir, siteDir, outDir);

  const largest = await largestJsonGzipKb(outDir);
  console.log(
    `largest client JSON: ${largest.file}, ${largest.kb.toFixed(2)} KB gzipped (of ${largest.files} files)`,
  );

  console.log(
    JSON.stringify({
      articles: count,
      seconds: Number((full.wallSeconds + pages.wallSeconds).toFixed(2)),
      peakRssMb: Number(Math.max(full.peakRssMb, pages.peakRssMb).toFixed(0)),
      maxClientJsonKbGz: Number(largest.kb.toFixed(2)),
    }),
  );
} finally {
  if (!values.keep) await rm(root, { recursive: true, force: true });
}
