/**
 * npm run bench:content -- --articles N [--keep]
 *
 * The site's build at newsroom scale, as a newsroom runs it: the stories shipped in content/ and
 * N synthetic ones (Russian and Kyrgyz translation pairs, rubrics, tags) built by `npm run
 * build`'s own script in a fresh process each time, in a temporary folder:
 *   1. cold: no site, no build cache, no kept app bundles;
 *   2. again with nothing changed;
 *   3. with one story published (the newest);
 *   4. with one story edited (a headline in the middle of the archive).
 * Prints each step's figures; the last line is one JSON object: {articles, seconds (cold),
 * rerunSeconds, publishOneSeconds, editOneSeconds, peakRssMb, maxClientJsonKbGz}, times
 * wall-clock from the process's start to its end. `--articles 0` measures the shipped site.
 */
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { benchSite } from './bench-site.ts';
import { generateCorpus, syntheticArticle } from './generate-corpus.ts';
import { SiteBuildReportSchema } from '../pipeline/up-to-date.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 0 || count % 2 !== 0) {
  console.error('usage: npm run bench:content -- --articles N   (N an even whole number, or 0)');
  process.exit(2);
}

/** The last line of `npm run build -- --json` (scripts/build-site.ts). */
const ReportSchema = v.object({
  ...SiteBuildReportSchema.entries,
  seconds: v.number(),
  peakRssMb: v.number(),
});

const { root, contentDir, siteDir, build: buildSite } = await benchSite('bench-content');
const articlesDir = path.join(contentDir, 'articles');

/** One `npm run build`, in a process of its own; its wall-clock time and its report. */
async function build(step: string) {
  const { stdout, seconds: wallSeconds } = await buildSite(['--json']);
  const report = v.parse(ReportSchema, JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
  console.log(
    `${step}: ${wallSeconds.toFixed(2)} s (${report.parsed} sources read, ${report.rendered} of ` +
      `${report.pages} pages rendered${report.bundled ? ', app bundled' : ''}, ` +
      `peak RSS ${report.peakRssMb.toFixed(0)} MB)`,
  );
  return { ...report, wallSeconds };
}

/** The largest JSON a reader's browser may load, gzipped: measured on the largest raw files. */
async function largestJsonGzipKb(dir: string, sample = 40) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const sizes: { file: string; size: number }[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
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

try {
  await cp('content', contentDir, { recursive: true });
  const generateStarted = performance.now();
  await generateCorpus(contentDir, count);
  console.log(
    `generated ${count} stories beside the shipped ones in ` +
      `${((performance.now() - generateStarted) / 1000).toFixed(1)} s`,
  );

  const cold = await build('cold build');
  const rerun = await build('nothing changed');

  // A story newer than every other, as a newsroom publishes one.
  const published = { ...syntheticArticle(count + 2), translations: {} };
  published.publishedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  await mkdir(articlesDir, { recursive: true });
  await writeFile(path.join(articlesDir, `${published.id}.json`), JSON.stringify(published));
  const publish = await build('one story published');

  // A headline corrected in the middle of the archive (or the shipped story).
  const edited = path.join(
    articlesDir,
    count > 0 ? `${String(100000 + Math.floor(count / 2))}.json` : '1001.json',
  );
  const story: unknown = JSON.parse(await readFile(edited, 'utf8'));
  await writeFile(
    edited,
    JSON.stringify({ ...v.parse(v.looseObject({}), story), title: 'Исправленный заголовок' }),
  );
  const edit = await build('one story edited');

  const largest = await largestJsonGzipKb(path.join(siteDir, 'api'));
  console.log(
    `largest client JSON: ${largest.file}, ${largest.kb.toFixed(2)} KB gzipped (of ${largest.files} files)`,
  );
  console.log(
    JSON.stringify({
      articles: cold.stories,
      seconds: Number(cold.wallSeconds.toFixed(2)),
      rerunSeconds: Number(rerun.wallSeconds.toFixed(2)),
      publishOneSeconds: Number(publish.wallSeconds.toFixed(2)),
      editOneSeconds: Number(edit.wallSeconds.toFixed(2)),
      peakRssMb: Math.round(Math.max(...[cold, rerun, publish, edit].map((s) => s.peakRssMb))),
      maxClientJsonKbGz: Number(largest.kb.toFixed(2)),
      pages: cold.pages,
      renderedOnPublish: publish.rendered,
      renderedOnEdit: edit.rendered,
    }),
  );
} finally {
  if (!values.keep) await rm(root, { recursive: true, force: true });
}
