/**
 * npm run bench:content -- --articles N
 *
 * Generates N synthetic articles in a temporary folder (Russian and Kyrgyz, translated pairs,
 * rubrics, tags), runs the content build on them in a fresh process, then measures a re-run
 * with nothing changed and one with a single article changed. Prints figures; the last line is
 * {"articles":N,"seconds":S,"peakRssMb":M,"maxClientJsonKbGz":K}.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
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

async function buildOnce(contentDir: string, outDir: string) {
  const started = performance.now();
  const { stdout } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/content/build-content-cli.ts',
      '--content',
      contentDir,
      '--out',
      outDir,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return { ...v.parse(ReportSchema, JSON.parse(last)), wallSeconds };
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

const root = await mkdtemp(path.join(os.tmpdir(), 'bench-content-'));
const contentDir = path.join(root, 'content');
const outDir = path.join(root, 'dist', 'api', 'v1');
try {
  const generateStarted = performance.now();
  await generateCorpus(contentDir, count);
  console.log(
    `generated ${count} articles in ${((performance.now() - generateStarted) / 1000).toFixed(1)} s`,
  );

  const full = await buildOnce(contentDir, outDir);
  console.log(
    `full build: ${full.wallSeconds.toFixed(2)} s wall (${full.seconds.toFixed(2)} s in build), ` +
      `${full.outputs} files, peak RSS ${full.peakRssMb.toFixed(0)} MB`,
  );

  const unchanged = await buildOnce(contentDir, outDir);
  console.log(
    `re-run, nothing changed: ${unchanged.wallSeconds.toFixed(2)} s, parsed ${unchanged.parsed}, wrote ${unchanged.written}`,
  );

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
  const changed = await buildOnce(contentDir, outDir);
  console.log(
    `re-run, one article changed: ${changed.wallSeconds.toFixed(2)} s, parsed ${changed.parsed}, wrote ${changed.written}`,
  );

  const largest = await largestJsonGzipKb(outDir);
  console.log(
    `largest client JSON: ${largest.file}, ${largest.kb.toFixed(2)} KB gzipped (of ${largest.files} files)`,
  );

  console.log(
    JSON.stringify({
      articles: count,
      seconds: Number(full.wallSeconds.toFixed(2)),
      peakRssMb: Number(full.peakRssMb.toFixed(0)),
      maxClientJsonKbGz: Number(largest.kb.toFixed(2)),
    }),
  );
} finally {
  if (!values.keep) await rm(root, { recursive: true, force: true });
}
