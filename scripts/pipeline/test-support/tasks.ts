/**
 * Tasks for the thread runner's tests (threads.test.ts): one that answers, one that fails, one
 * whose thread dies.
 */
import { threadId } from 'node:worker_threads';
import * as v from 'valibot';

const TaskSchema = v.object({ n: v.number() });

export function double(input: unknown): { n: number; thread: number } {
  const { n } = v.parse(TaskSchema, input);
  return { n: n * 2, thread: threadId };
}

export async function failOnThree(input: unknown): Promise<{ n: number; thread: number }> {
  const { n } = v.parse(TaskSchema, input);
  await new Promise((resolve) => setTimeout(resolve, n));
  if (n === 3) throw new Error('task 3 cannot be done');
  return { n, thread: threadId };
}

export function exitOnThree(input: unknown): { n: number; thread: number } {
  const { n } = v.parse(TaskSchema, input);
  if (n === 3) process.exit(7);
  return { n, thread: threadId };
}
