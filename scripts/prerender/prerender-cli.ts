/**
 * Prerenders a built site's pages on their own, for the content benchmark:
 *   tsx scripts/prerender/prerender-cli.ts --site DIR --ssr FILE [--api-base /api/v1] --origin URL
 *     [--manifest FILE]   (the record of the last prerender, for re-runs)
 * The site folder holds the client's index.html and the JSON API under the API base's path.
 * Prints one JSON report line with its own peak memory.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { apiOutputDir, parseApiBase } from '../../src/shared/api/parse-api-base.ts';
import { prerender } from './prerender.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    ssr: { type: 'string' },
    'api-base': { type: 'string' },
    origin: { type: 'string' },
    manifest: { type: 'string' },
  },
});
if (!values.site || !values.ssr || !values.origin) {
  console.error('usage: prerender-cli --site DIR --ssr FILE --origin URL [--api-base PATH]');
  process.exit(2);
}
const apiBase = parseApiBase(values['api-base']);
const report = await prerender({
  siteDir: values.site,
  apiDir: path.join(values.site, apiOutputDir(apiBase)),
  apiBase,
  origin: values.origin,
  serverEntry: values.ssr,
  ...(values.manifest ? { manifestFile: values.manifest } : {}),
});
// Worker threads count too: the peak is the whole process's.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ...report, peakRssMb }));
