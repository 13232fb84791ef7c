import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { isScheduled } from '../content/load-sources.ts';
import type { BuildCache } from './build-cache.ts';
import { hashBytes } from './build-cache.ts';

/**
 * Whether a build has anything to do at all. A timer runs the build every minute, most often
 * with nothing new; at 100,000 stories, opening every stage's remembered units only to find each
 * one unchanged takes seconds, where listing the content folders takes about one
 * (docs/performance.md). So a build first makes a key of everything it reads: every file of the
 * content folders by name, size and modification time (stories and photos alike), the build's
 * own code and settings, and the app's bundles. The same key as the last build that went
 * through, no scheduled story due since, and the build stops there: the site is as it would
 * make it.
 */

export const SiteBuildReportSchema = v.object({
  /** Nothing changed since the last build: no stage ran. */
  upToDate: v.boolean(),
  bundled: v.boolean(),
  /** The peak memory of the process that made the app's bundles, if it ran. */
  bundlePeakRssMb: v.number(),
  stories: v.number(),
  parsed: v.number(),
  pages: v.number(),
  rendered: v.number(),
  /** Stories scheduled for later, and the next of them. */
  scheduled: v.number(),
  nextScheduled: v.optional(
    v.object({ id: v.string(), publishedAt: v.string(), file: v.string() }),
  ),
  /** Photos made into their variants (the others were made before). */
  pictures: v.number(),
});
export type SiteBuildReport = v.InferOutput<typeof SiteBuildReportSchema>;

const LastBuildSchema = v.object({
  inputs: v.string(),
  /** The build's clock (ms). */
  now: v.number(),
  report: SiteBuildReportSchema,
});

/** Adds a line for each file below `dir` to `lines`, following links as the stages do. */
function listFiles(dir: string, lines: string[], seen: Set<string>): void {
  // A link back up the tree is walked once.
  const real = realpathSync(dir);
  if (seen.has(real)) return;
  seen.add(real);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    // One removed while the folder is read is left out: the build goes on, and the next one
    // sees the change.
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isDirectory()) listFiles(file, lines, seen);
    else if (stats?.isFile()) {
      lines.push(`${file}\0${String(stats.size)}\0${String(stats.mtimeMs)}`);
    }
  }
}

/**
 * A key of every file in `dirs` (its path, size and modification time; a linked file or folder
 * as what it links to), or undefined if one of them is not a folder: the load stage then says
 * what is wrong.
 */
export function contentListing(dirs: readonly string[]): string | undefined {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return undefined;
    listFiles(path.resolve(dir), lines, seen);
  }
  return hashBytes(lines.sort().join('\n'));
}

/** A key of everything a build reads; undefined when the app's bundles are to be made. */
export function buildInputs(parts: {
  code: string;
  appCode: string | undefined;
  listing: string | undefined;
}): string | undefined {
  const { code, appCode, listing } = parts;
  return appCode === undefined || listing === undefined
    ? undefined
    : hashBytes(`${code}\n${appCode}\n${listing}`);
}

export type LastBuild = v.InferOutput<typeof LastBuildSchema>;

/** What the last finished build recorded of itself, if the cache is trusted. */
export function lastBuild(cache: BuildCache): LastBuild | undefined {
  const last = v.safeParse(LastBuildSchema, cache.lastBuild());
  return cache.trusted && last.success ? last.output : undefined;
}

/**
 * The last build's report if this build, with these `inputs` at the clock `now`, has nothing to
 * do: the same inputs, and no story that was scheduled then is due now. (A clock set back, as
 * tests do, builds too.) The record is carried on to the next build.
 */
export function upToDateReport(
  cache: BuildCache,
  last: LastBuild | undefined,
  inputs: string | undefined,
  now: number,
): SiteBuildReport | undefined {
  if (last === undefined || inputs === undefined) return undefined;
  const { report } = last;
  const due = report.nextScheduled && !isScheduled(report.nextScheduled.publishedAt, now);
  if (last.inputs !== inputs || last.now > now || due) return undefined;
  cache.recordBuild(last);
  return {
    ...report,
    upToDate: true,
    bundled: false,
    bundlePeakRssMb: 0,
    parsed: 0,
    rendered: 0,
    pictures: 0,
  };
}

/** Records what the next build compares its inputs with. */
export function recordBuild(
  cache: BuildCache,
  inputs: string | undefined,
  now: number,
  report: SiteBuildReport,
): void {
  if (inputs !== undefined) cache.recordBuild({ inputs, now, report });
}
