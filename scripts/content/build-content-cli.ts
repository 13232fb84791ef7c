/**
 * Builds the static JSON API from content folders on its own, without the app:
 *   tsx scripts/content/build-content-cli.ts --content DIR [--content DIR] --out DIR
 *     [--site DIR --origin https://news.example.kg]   (sitemap, robots.txt and RSS too)
 *     [--manifest FILE]   (the record of the last build, for re-runs)
 * Prints one JSON report line (with its own peak memory) for scripts that measure it.
 */
import { parseArgs } from 'node:util';
import { buildContent } from './build-content.ts';
import { ContentError } from './load-content.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', multiple: true },
    out: { type: 'string' },
    site: { type: 'string' },
    origin: { type: 'string' },
    manifest: { type: 'string' },
  },
});

const started = performance.now();
try {
  const report = await buildContent({
    contentDirs: values.content ?? ['content'],
    outDir: values.out ?? 'dist/api/v1',
    ...(values.manifest ? { manifestFile: values.manifest } : {}),
    ...(values.site && values.origin ? { site: { dir: values.site, origin: values.origin } } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ...report, seconds, peakRssMb }));
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
