import * as v from 'valibot';
import type { BuildCache } from '../pipeline/build-cache.ts';
import { hashBytes } from '../pipeline/build-cache.ts';
import { BuildProblems } from '../pipeline/build-problems.ts';
import { codeFingerprint } from '../pipeline/code-fingerprint.ts';
import { defaultThreads, runTasks } from '../pipeline/threads.ts';
import type { Story } from '../content/load-sources.ts';
import { MakeResultSchema, makeVariants, type MakeTask } from './make-variants.ts';

/**
 * Stage "pictures": every photo the stories use, made into the files of its plan
 * (picture-plan.ts) under the site's `media/`. A photo is made once: the stage remembers the
 * files of each (by the stem of their names, a hash of the original's bytes and the plan) and
 * makes only those it has not made, on the build's threads when there are several. The load
 * stage has already read each photo (read-picture.ts), refusing any it cannot publish.
 */

const PictureUnitSchema = v.object({ files: v.array(v.string()) });

/** Photos to make before the build's threads are worth starting (a thread starts in ~0.3 s). */
const THREADS_FROM = 2;

export async function picturesStage({
  cache,
  stories,
  threads = defaultThreads(),
}: {
  cache: BuildCache;
  stories: ReadonlyMap<string, Story>;
  threads?: number;
}): Promise<{ made: number }> {
  const code = codeFingerprint([
    new URL(import.meta.url),
    new URL('./make-variants.ts', import.meta.url),
  ]);
  const record = cache.stage('pictures', code, PictureUnitSchema);
  const wanted = new Map<string, Story['pictures'][number] & { usedBy: string }>();
  for (const story of stories.values()) {
    for (const picture of story.pictures) {
      if (!wanted.has(picture.stem))
        wanted.set(picture.stem, { ...picture, usedBy: `story ${story.item.id}` });
    }
  }
  if (record.keptAsBefore(hashBytes([...wanted.keys()].sort().join('\n')))) {
    record.finish();
    return { made: 0 };
  }

  const tasks: MakeTask[] = [];
  for (const [stem, picture] of wanted) {
    const before = record.previous.get(stem);
    if (before?.files.every((file) => record.outputs.keep(file))) {
      record.units.set(stem, before);
      continue;
    }
    tasks.push({
      source: picture.source,
      siteDir: cache.siteDir,
      stem,
      width: picture.width,
      height: picture.height,
      color: picture.color,
    });
  }
  const problems: string[] = [];
  await runTasks({
    module: new URL('./make-variants.ts', import.meta.url),
    name: makeVariants.name,
    tasks,
    result: MakeResultSchema,
    threads: tasks.length >= THREADS_FROM ? Math.min(threads, tasks.length) : 1,
    onResult: ({ stem, files, problem }) => {
      if (problem !== undefined) {
        const picture = wanted.get(stem);
        problems.push(`${picture?.usedBy ?? stem}: ${picture?.source ?? stem}: ${problem}`);
        return;
      }
      for (const [file, hash] of files) record.outputs.record(file, hash);
      record.units.set(stem, { files: files.map(([file]) => file) });
    },
  });
  record.finish();
  if (problems.length > 0) throw new BuildProblems(problems.sort());
  return { made: tasks.length };
}
