/**
 * npm run build: the whole site, by the stages of scripts/pipeline/pipeline.ts. After a build
 * that went through, the next one does only what changed: publishing a story bundles nothing
 * and rewrites the files that show it.
 *
 *   OUT_DIR        where the site is written (default dist)
 *   CONTENT_DIRS   the stories' folders, separated by the path delimiter (default content)
 *   APP_CACHE_DIR  where the app's bundles are kept (default node_modules/.cache/news-build/app)
 *   SEARCH_PART_SIZE  stories per part of the search index (default 2000, decision 053)
 *   --json         ends with a JSON report line, for scripts that measure the build
 *
 * A story, picture or setting that is not right stops the build with one line for each
 * problem, `file: field: reason`, and a non-zero exit.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from './pipeline/pipeline.ts';
import { BuildProblems } from './pipeline/build-problems.ts';
import { appSettingsOf, loadSettings, readBuildEnv } from './site-config/load-site-config.ts';

const { values: flags } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

try {
  const env = readBuildEnv();
  const { apiBase, site, searchPartSize } = loadSettings(env);
  const contentDirs = (env.CONTENT_DIRS ?? 'content').split(path.delimiter).filter(Boolean);
  const started = performance.now();
  const report = await buildSite({
    contentDirs,
    siteDir: env.OUT_DIR ?? 'dist',
    apiBase,
    origin: site.origin,
    breakingHours: site.breakingHours,
    appSettings: appSettingsOf(env),
    ...(env.APP_CACHE_DIR ? { appCacheDir: env.APP_CACHE_DIR } : {}),
    ...(searchPartSize === undefined ? {} : { searchPartSize }),
    onStage: (stage, seconds) => {
      console.log(`${stage}: ${seconds.toFixed(2)} s`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    report.upToDate
      ? `nothing changed since the last build: ${report.stories} stories, ${report.pages} ` +
          `pages kept as they are (${seconds.toFixed(1)} s)`
      : `built ${report.stories} stories (${report.parsed} read), ${report.rendered} of ` +
          `${report.pages} pages rendered${report.bundled ? '' : ', app bundles kept'} in ` +
          `${seconds.toFixed(1)} s`,
  );
  // For the newsroom and the timer that runs the build every minute (README, Deploying).
  const next = report.nextScheduled;
  console.log(
    next
      ? `${report.scheduled} scheduled; next due at ${next.publishedAt}: ${next.id} (${next.file})`
      : 'no stories scheduled',
  );
  if (flags.json) {
    // This process, worker threads included, or the one that bundled the app if it took more.
    const peakRssMb = Math.max(process.resourceUsage().maxRSS / 1024, report.bundlePeakRssMb);
    console.log(JSON.stringify({ ...report, seconds, peakRssMb }));
  }
} catch (error) {
  process.exitCode = 1;
  if (error instanceof BuildProblems) {
    console.error(`The site was not built: ${error.problems.length} problem(s) to fix.`);
    for (const problem of error.problems) console.error(problem);
  } else {
    // A fault of the build's own code: its stack says where.
    console.error(error);
  }
}
