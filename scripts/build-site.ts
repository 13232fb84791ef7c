/**
 * npm run build: the whole site, by the stages of scripts/pipeline/pipeline.ts. After a build
 * that went through, the next one does only what changed: publishing a story bundles nothing
 * and rewrites the files that show it.
 *
 *   OUT_DIR       where the site is written (default dist)
 *   CONTENT_DIRS  the stories' folders, separated by the path delimiter (default content)
 *
 * A story, picture or setting that is not right stops the build with one line for each
 * problem, `file: field: reason`, and a non-zero exit.
 */
import path from 'node:path';
import { buildSite } from './pipeline/pipeline.ts';
import { BuildProblems } from './pipeline/build-problems.ts';
import { appSettingsOf, loadSettings, readBuildEnv } from './site-config/load-site-config.ts';

try {
  const env = readBuildEnv();
  const { apiBase, site } = loadSettings(env);
  const contentDirs = (env.CONTENT_DIRS ?? 'content').split(path.delimiter).filter(Boolean);
  const started = performance.now();
  const report = await buildSite({
    contentDirs,
    siteDir: env.OUT_DIR ?? 'dist',
    apiBase,
    origin: site.origin,
    appSettings: appSettingsOf(env),
    onStage: (stage, seconds) => {
      console.log(`${stage}: ${seconds.toFixed(2)} s`);
    },
  });
  console.log(
    `built ${report.stories} stories (${report.parsed} read), ${report.rendered} of ` +
      `${report.pages} pages rendered${report.bundled ? '' : ', app bundles kept'} in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
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
