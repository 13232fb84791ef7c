import os from 'node:os';
import { Piscina } from 'piscina';
import * as v from 'valibot';

/**
 * The one way the build runs work on threads, for every stage that has enough of it: a pool of
 * worker threads (piscina), each importing the stage's task module once and calling one of its
 * exports per task. A thread takes a few hundred milliseconds to start, so a handful of tasks
 * runs on the build's own thread instead, through the very same function.
 *
 * What a thread answers crosses a boundary like any other input and is checked with `result`.
 * Should one task fail, or its thread die, the whole run fails with that error and the other
 * threads are stopped: no task is left waiting.
 */
export interface TaskRun<Task, Result> {
  /** The task module: its `name` export takes one task and gives (or promises) one result. */
  module: URL;
  name: string;
  tasks: Iterable<Task>;
  result: v.GenericSchema<unknown, Result>;
  /** Called with each result as it comes, in no particular order. */
  onResult: (result: Result) => void;
  /** Threads to run on; 1 runs every task on the build's own thread. */
  threads: number;
}

/** Threads for a stage with a lot to do: one a core, at most four. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 4));
}

const ModuleSchema = v.record(v.string(), v.unknown());
const TaskFunctionSchema = v.function();

export async function runTasks<Task, Result>({
  module,
  name,
  tasks,
  result,
  onResult,
  threads,
}: TaskRun<Task, Result>): Promise<void> {
  if (threads <= 1) {
    const exports = v.parse(ModuleSchema, await import(module.href));
    const task = v.parse(TaskFunctionSchema, exports[name]);
    for (const input of tasks) onResult(v.parse(result, await task(input)));
    return;
  }
  const pool = new Piscina({
    filename: module.href,
    name,
    minThreads: threads,
    maxThreads: threads,
    // The stages are TypeScript: each thread loads it the way the build itself does.
    execArgv: ['--import', import.meta.resolve('tsx')],
  });
  try {
    await Promise.all(
      Array.from(tasks, async (input) => {
        onResult(v.parse(result, await pool.run(input)));
      }),
    );
  } finally {
    await pool.destroy();
  }
}
