// @vitest-environment node
import { threadId } from 'node:worker_threads';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { runTasks } from './threads.ts';

const TASKS = new URL('./test-support/tasks.ts', import.meta.url);
const ResultSchema = v.object({ n: v.number(), thread: v.number() });

async function run(name: string, count: number, threads: number) {
  const results: v.InferOutput<typeof ResultSchema>[] = [];
  await runTasks({
    module: TASKS,
    name,
    tasks: Array.from({ length: count }, (_, index) => ({ n: index + 1 })),
    result: ResultSchema,
    threads,
    onResult: (result) => results.push(result),
  });
  return results;
}

describe('runTasks', () => {
  it('runs every task on the build’s own thread when given one thread', async () => {
    const results = await run('double', 4, 1);
    expect(results.map(({ n }) => n)).toEqual([2, 4, 6, 8]);
    expect(new Set(results.map(({ thread }) => thread))).toEqual(new Set([threadId]));
  });

  it('runs the same tasks on a pool of threads, each result once', async () => {
    const results = await run('double', 12, 2);
    expect(results.map(({ n }) => n).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, index) => (index + 1) * 2),
    );
    expect(results.some(({ thread }) => thread === threadId)).toBe(false);
  });

  it('fails with a task’s own error, on threads or not, and does not hang', async () => {
    await expect(run('failOnThree', 6, 2)).rejects.toThrow('task 3 cannot be done');
    await expect(run('failOnThree', 6, 1)).rejects.toThrow('task 3 cannot be done');
  });

  it('fails when a thread dies in the middle of a task', async () => {
    await expect(run('exitOnThree', 6, 2)).rejects.toThrow();
  });

  it('refuses what a task answers when it is not what the stage expects', async () => {
    await expect(
      runTasks({
        module: TASKS,
        name: 'double',
        tasks: [{ n: 1 }],
        result: v.object({ n: v.string() }),
        threads: 1,
        onResult: () => undefined,
      }),
    ).rejects.toThrow();
  });
});
