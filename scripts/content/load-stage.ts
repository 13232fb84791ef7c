import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { articleFile } from '../../src/shared/contract/api-files.ts';
import type { BuildCache, StageRecord } from '../pipeline/build-cache.ts';
import { BuildProblems } from '../pipeline/build-problems.ts';
import { codeFingerprint } from '../pipeline/code-fingerprint.ts';
import { defaultThreads, runTasks } from '../pipeline/threads.ts';
import { checkAcross } from './load-content.ts';
import {
  isScheduled,
  loadSources,
  LoadResultSchema,
  picturesUnchanged,
  SourceSchema,
  type LoadTask,
  type Source,
  type Story,
} from './load-sources.ts';

/**
 * Stage "load and validate": every story's source file, checked against the schema and against
 * the others (ids, slugs, translations), and published as the story's file of the JSON API. A
 * source whose size and modification time are as the last build saw them is not read at all.
 */

/** Below this many changed sources the build's own thread does the work (see threads.ts). */
const THREADS_FROM = 2_000;
/** Sources per task: few messages, small enough to share out evenly. */
const BATCH = 500;

export interface LoadedContent {
  /** Every story, by id. */
  stories: ReadonlyMap<string, Story>;
  /** The stories' files in the API, each with the hash of its bytes: a story's version. */
  files: ReadonlyMap<string, string>;
  /** A key of those files: the same as the last build's when no story changed. */
  key: string;
  /** Sources read and validated; the others were as the last build saw them. */
  parsed: number;
  /** The next story due to be published (its `publishedAt` later than the build's clock). */
  nextScheduled?: { id: string; publishedAt: string; file: string } | undefined;
  /** How many stories are scheduled. */
  scheduled: number;
}

/** Keeps the API file of a source as the last build wrote it; a scheduled story has none. */
function keepOutput(record: StageRecord<Source>, source: Source): void {
  if (!source.scheduled) record.outputs.keep(articleFile(source.story.item.id));
}

function listSources(dirs: readonly string[]): { file: string; root: string }[] {
  const missing = dirs.filter((dir) => !statSync(dir, { throwIfNoEntry: false })?.isDirectory());
  if (missing.length > 0) {
    throw new BuildProblems(missing.map((dir) => `CONTENT_DIRS: there is no folder ${dir}`));
  }
  const files: { file: string; root: string }[] = [];
  for (const dir of dirs) {
    const root = path.relative(process.cwd(), dir) || '.';
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && entry.name.endsWith('.json')) {
        files.push({ file: path.relative(process.cwd(), path.join(entry.parentPath, entry.name)), root });
      }
    }
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * While the build says what to fix, nothing is taken down: a story whose source is gone stays
 * published (and remembered) until a build goes through.
 */
function keepRemoved(record: StageRecord<Source>, discarded: ReadonlySet<string>): void {
  const ids = new Set([
    ...Array.from(record.units.values(), ({ story }) => story.item.id),
    ...discarded,
  ]);
  for (const [file, previous] of record.previous) {
    const id = previous.story.item.id;
    if (record.units.has(file) || ids.has(id) || !record.outputs.previous.has(articleFile(id))) {
      continue;
    }
    record.units.set(file, previous);
    keepOutput(record, previous);
  }
}

export async function loadStage({
  cache,
  contentDirs,
  apiDir,
  threads = defaultThreads(),
  threadsFrom = THREADS_FROM,
  now = Date.now(),
}: {
  cache: BuildCache;
  contentDirs: readonly string[];
  /** The API's folder in the site. */
  apiDir: string;
  threads?: number;
  /** How much work it takes to start threads (see THREADS_FROM). */
  threadsFrom?: number;
  /** The build's clock (ms): stories published later are scheduled. */
  now?: number;
}): Promise<LoadedContent> {
  const code = codeFingerprint([new URL(import.meta.url)], {
    api: path.relative(cache.siteDir, apiDir),
  });
  const record = cache.stage('load', code, SourceSchema, apiDir);
  const jobs: LoadTask['sources'] = [];
  for (const { file, root } of listSources(contentDirs)) {
    const previous = record.previous.get(file);
    const { size, mtimeMs } = statSync(file);
    // A scheduled story whose time has come is read again, though its file did not change.
    const due = previous?.scheduled === true && !isScheduled(previous.story.item.publishedAt, now);
    if (
      previous?.size === size &&
      previous.mtimeMs === mtimeMs &&
      picturesUnchanged(previous.story.pictures) &&
      !due
    ) {
      record.units.set(file, previous);
      keepOutput(record, previous);
    } else {
      jobs.push({ file, root, ...(previous ? { previous } : {}) });
    }
  }

  const problems: string[] = [];
  let parsed = 0;
  await runTasks({
    module: new URL('./load-sources.ts', import.meta.url),
    name: loadSources.name,
    tasks: Array.from(batches(jobs, BATCH), (sources): LoadTask => ({ apiDir, now, sources })),
    result: LoadResultSchema,
    threads: jobs.length >= threadsFrom ? threads : 1,
    onResult: (result) => {
      parsed += result.parsed;
      problems.push(...result.problems);
      for (const [file, source] of result.loaded) {
        record.units.set(file, source);
        if (!source.scheduled) record.outputs.record(articleFile(source.story.item.id), source.output);
      }
    },
  });
  // A source that no longer reads as a story leaves the story as it was last published, so the
  // site stays whole while the build says what to fix.
  for (const { file, previous } of jobs) {
    if (previous && !record.units.has(file)) {
      record.units.set(file, previous);
      keepOutput(record, previous);
    }
  }

  const across = checkAcross(
    Array.from(record.units, ([file, { story }]) => ({
      file,
      story: { ...story.item, translations: story.translations },
    })),
  );
  // Two sources of one id both wrote its file: neither can be vouched for, and both are read
  // again next time.
  for (const id of across.duplicateIds) {
    record.outputs.discard(articleFile(id));
    for (const [file, { story }] of record.units) {
      if (story.item.id === id) record.units.delete(file);
    }
  }
  problems.push(...across.problems);
  if (problems.length > 0) keepRemoved(record, across.duplicateIds);
  record.finish();
  if (problems.length > 0) throw new BuildProblems(problems.sort());

  // Scheduled stories are in no feed, page, sitemap or RSS feed until a build after their time;
  // a published story's translation that is still scheduled is not linked to until then.
  const stories = new Map<string, Story>();
  let nextScheduled: LoadedContent['nextScheduled'];
  let scheduled = 0;
  for (const [file, source] of record.units) {
    const { story } = source;
    if (!source.scheduled) {
      stories.set(story.item.id, story);
      continue;
    }
    scheduled++;
    const { id, publishedAt } = story.item;
    if (!nextScheduled || Date.parse(publishedAt) < Date.parse(nextScheduled.publishedAt)) {
      nextScheduled = { id, publishedAt, file };
    }
  }
  for (const [id, story] of stories) {
    const published = Object.entries(story.translations).filter(([, other]) => stories.has(other));
    if (published.length < Object.keys(story.translations).length) {
      stories.set(id, { ...story, translations: Object.fromEntries(published) });
    }
  }
  return {
    stories,
    files: record.outputs.next,
    key: record.filesKey(),
    parsed,
    nextScheduled,
    scheduled,
  };
}
