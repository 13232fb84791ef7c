/**
 * npm run bench:lighthouse [-- --no-build] [--strict] [--runs N] [--save DIR] [--port N]
 *
 * Lighthouse 12 with its default (mobile) configuration, simulated throttling included, on the
 * production build served by nginx with deploy/nginx.conf, as it is deployed:
 *   - article: the seed story, prerendered and hydrated;
 *   - front:   the Russian front page;
 *   - floor:   the same story as one HTML file with all its CSS inline and no script, made by the
 *              bench from the build and served the same way: the yardstick for how fast the
 *              story could paint at all;
 *   - photo, photo-floor: the seed story with a lead photo (drawn, 3000 x 2000, published beside
 *              the shipped content by the bench's build) and its own floor; not with --no-build.
 * It builds the site first (npm run build) into a temporary folder under node_modules/.cache,
 * so a build of dist/ running beside it cannot change the pages under measurement, nor the bench
 * touch dist/; --no-build measures a copy of the existing build instead (OUT_DIR, else dist/).
 * Runs each page N times (5 by default) with a fresh Chromium each time, prints each figure's
 * median, then the budgets. Exits 0 whatever the budgets say unless --strict is given. The last
 * line is one JSON object: {"runs":N,"pages":{…},"budgets":[…],"pass":bool}.
 *
 * Chromium: CHROME_PATH, else /usr/bin/chromium. It runs headless with networking it does not
 * need switched off, so nothing but the local nginx is contacted. nginx must be installed.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  checkBudgets,
  formatTable,
  medians,
  readRunMetrics,
  roundMedians,
  type BenchMedians,
  type RunMetrics,
} from './lighthouse-metrics.ts';
import { staticFloor } from './static-floor.ts';
import { drawPhoto } from '../pictures/test-support/photos.ts';
import { startNginx } from '../lib/nginx.ts';
import { CHROMIUM_FLAGS, systemChromium } from '../chromium.ts';
import { pageFileOfPath } from '../prerender/page-files.ts';

const ARTICLE_PATH =
  '/ru/news/1001/kyrgyzstanskie-diplomaty-provodyat-vstrechi-na-polyah-44-y-sessii-smid-ois';
const FLOOR_PATH = '/__floor/article';
const PHOTO_ID = '9901';
const PHOTO_SLUG = 'bench-story-with-a-lead-photo';
const PHOTO_PATH = `/ru/news/${PHOTO_ID}/${PHOTO_SLUG}`;
const PHOTO_FLOOR_PATH = '/__floor/photo';

const PAGES = [
  { name: 'article', path: ARTICLE_PATH },
  { name: 'front', path: '/ru/' },
  { name: 'floor', path: FLOOR_PATH },
  { name: 'photo', path: PHOTO_PATH },
  { name: 'photo-floor', path: PHOTO_FLOOR_PATH },
] as const;
type PageName = (typeof PAGES)[number]['name'];

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    port: { type: 'string' },
    // Keeps every run's full Lighthouse report (JSON) for a closer look, e.g. in the viewer.
    save: { type: 'string' },
  },
});
const runCount = Number(values.runs);
if (!Number.isInteger(runCount) || runCount < 1) {
  console.error(
    'usage: npm run bench:lighthouse -- [--no-build] [--strict] [--runs N] [--save DIR] [--port N]',
  );
  process.exit(2);
}

const chromePath = systemChromium() ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', ...CHROMIUM_FLAGS];

// Whatever happens (an error, Ctrl-C, a kill), the server, browsers and the copy go with us.
const cleanups = new Set<() => void>();
process.on('exit', () => {
  for (const cleanup of cleanups) cleanup();
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/**
 * The site to measure, in a temporary folder: freshly built, or a copy of an existing build; plus
 * the floor page, so the real dist/ is never touched.
 */
async function prepareSite(build: boolean, distDir: string): Promise<string> {
  // Inside the project, as the content plugin requires of a build's outDir; ignored by git. A
  // fixed path, not a fresh temporary one: the build keeps caches keyed by the outDir (its server
  // bundle by its name, the content manifest by its path), which would pile up otherwise.
  const workDir = path.resolve('node_modules', '.cache', 'bench-lighthouse');
  const siteDir = path.join(workDir, 'dist-bench-lighthouse');
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  cleanups.add(() => {
    rmSync(workDir, { recursive: true, force: true });
  });
  if (build) {
    const photoContent = await writePhotoStory(path.join(workDir, 'photo-content'));
    await runCommand('npm', ['run', 'build'], {
      ...process.env,
      OUT_DIR: siteDir,
      CONTENT_DIRS: ['content', photoContent].join(path.delimiter),
    });
  } else await cp(distDir, siteDir, { recursive: true });
  await writeFloor(siteDir, ARTICLE_PATH, FLOOR_PATH);
  if (build) await writeFloor(siteDir, PHOTO_PATH, PHOTO_FLOOR_PATH);
  return siteDir;
}

/**
 * The seed story again under another id, with a lead photo: drawn (never a real one), a
 * camera's size, in the content's media/ folder as an editor would put it. Returns the folder.
 */
async function writePhotoStory(dir: string): Promise<string> {
  const seed: unknown = JSON.parse(await readFile('content/articles/1001.json', 'utf8'));
  if (!seed || typeof seed !== 'object') throw new Error('content/articles/1001.json: no story');
  const story = {
    ...seed,
    id: PHOTO_ID,
    slug: PHOTO_SLUG,
    translations: {},
    image: { src: 'media/bench-photo.jpg', alt: 'Площадь с фонтаном в сумерках' },
  };
  await mkdir(path.join(dir, 'media'), { recursive: true });
  await writeFile(path.join(dir, `${PHOTO_ID}.json`), JSON.stringify(story));
  await (
    await drawPhoto(3000, 2000)
  )
    .jpeg({ quality: 85 })
    .toFile(path.join(dir, 'media', 'bench-photo.jpg'));
  return dir;
}

/** The floor of the prerendered page at `pagePath`, written where `floorPath` serves it. */
async function writeFloor(siteDir: string, pagePath: string, floorPath: string): Promise<void> {
  const pageFile = path.join(siteDir, pageFileOfPath(pagePath));
  const html = await readFile(pageFile, 'utf8').catch((error: unknown) => {
    throw new Error(`no prerendered page at ${pageFile}: is the build complete?`, {
      cause: error,
    });
  });
  const floorFile = path.join(siteDir, `${floorPath.slice(1)}.html`);
  await mkdir(path.dirname(floorFile), { recursive: true });
  await writeFile(
    floorFile,
    staticFloor(html, (href) => readFileSync(path.join(siteDir, href), 'utf8')),
  );
}

async function measure(url: string, reportFile?: string): Promise<RunMetrics> {
  // A fresh browser each run: no cache, no warmed-up process carried from one page to the next.
  const chrome: LaunchedChrome = await launch({ chromePath, chromeFlags, logLevel: 'silent' });
  const stop = () => {
    chrome.kill();
  };
  cleanups.add(stop);
  try {
    // The default config: mobile form factor, screen emulation and simulated throttling.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    if (reportFile) await writeFile(reportFile, JSON.stringify(result.lhr));
    return readRunMetrics(result.lhr);
  } finally {
    cleanups.delete(stop);
    stop();
  }
}

const build = !values['no-build'];
const distDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const siteDir = await prepareSite(build, distDir);
const nginx = await startNginx(siteDir, values.port ? Number(values.port) : undefined);
cleanups.add(nginx.stop);
const { origin } = nginx;
const served = build ? 'a fresh build' : `a copy of ${path.relative(process.cwd(), distDir)}`;
console.log(`serving ${served} at ${origin}`);
console.log(
  `chromium: ${chromePath}; load average: ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);

const saveDir = values.save && path.resolve(values.save);
if (saveDir) await mkdir(saveDir, { recursive: true });

const runs: Record<PageName, RunMetrics[]> = {
  article: [],
  front: [],
  floor: [],
  photo: [],
  'photo-floor': [],
};
// The photo story is the bench's own: only a build of its own has it.
const measured = PAGES.filter(({ name }) => build || !name.startsWith('photo'));
const warnings = new Set<string>();
// Pages take turns, so a burst of load on the machine spreads over all three rather than one.
for (let round = 1; round <= runCount; round++) {
  for (const page of measured) {
    const reportFile = saveDir && path.join(saveDir, `${page.name}-${round}.report.json`);
    const run = await measure(`${origin}${page.path}`, reportFile);
    runs[page.name].push(run);
    for (const warning of run.warnings) warnings.add(warning);
    console.log(
      `run ${round}/${runCount} ${page.name.padEnd(7)} LCP ${run.lcpMs.toFixed(0)} ms, ` +
        `FCP ${run.fcpMs.toFixed(0)} ms, TBT ${run.tbtMs.toFixed(0)} ms, ` +
        `CLS ${run.cls.toFixed(3)}, perf ${run.performance.toFixed(2)}, ` +
        `script ${run.scriptKbGz.toFixed(1)} KB gz in ${run.scriptUrls.length} files, ` +
        `${run.scriptsBeforePaint} loaded before the observed paint at ${run.observedFcpMs.toFixed(0)} ms, ` +
        `benchmarkIndex ${run.benchmarkIndex.toFixed(0)}`,
    );
  }
}
for (const warning of warnings) console.log(`lighthouse warning: ${warning}`);

const results: BenchMedians = {
  article: medians(runs.article),
  front: medians(runs.front),
  floor: medians(runs.floor),
  photo: build ? { story: medians(runs.photo), floor: medians(runs['photo-floor']) } : undefined,
};
const verdicts = checkBudgets(results);
const pass = verdicts.every((verdict) => verdict.pass);

console.log(`\nmedians of ${runCount} runs (Lighthouse mobile defaults, simulated throttling)`);
console.log(formatTable(measured.map(({ name }) => [name, medians(runs[name])] as const)));
console.log('');
for (const verdict of verdicts) {
  const value = Number(verdict.value.toFixed(verdict.value < 1 ? 4 : 1));
  const limit = Number(verdict.limit.toFixed(verdict.limit < 1 ? 4 : 1));
  console.log(`${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.budget}: ${value} (limit ${limit})`);
}
console.log(
  JSON.stringify({
    runs: runCount,
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    pages: {
      article: roundMedians(results.article),
      front: roundMedians(results.front),
      floor: roundMedians(results.floor),
      ...(results.photo
        ? {
            photo: roundMedians(results.photo.story),
            photoFloor: roundMedians(results.photo.floor),
          }
        : {}),
    },
    budgets: verdicts.map(({ budget, value, limit, pass: ok }) => ({
      budget,
      value: Number(value.toFixed(4)),
      limit: Number(limit.toFixed(4)),
      pass: ok,
    })),
    pass,
  }),
);
if (values.strict && !pass) process.exitCode = 1;
// The server would otherwise keep the process alive.
process.exit();
