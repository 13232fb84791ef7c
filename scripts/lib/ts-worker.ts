import { Worker } from 'node:worker_threads';
import * as v from 'valibot';

/**
 * A worker thread running one of the build's TypeScript modules. The build's scripts run
 * through tsx, which a worker must register for itself before it imports its entry.
 */
export function startTsWorker(entry: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  const worker = new Worker(boot, { eval: true, workerData });
  inboxOf(worker);
  return worker;
}

/** What a build thread answers when its work failed; the build fails with its message. */
export const FailedReplySchema = v.object({ kind: v.literal('failed'), message: v.string() });

/**
 * The thread's next reply, checked with `schema`. Its crash or exit, or a reply that its work
 * failed, is a failure of the build.
 */
export async function nextReply<T>(
  worker: Worker,
  schema: v.GenericSchema<unknown, T>,
): Promise<T> {
  const reply = v.parse(schema, await nextMessage(worker));
  const failed = v.safeParse(FailedReplySchema, reply);
  if (failed.success) throw new Error(failed.output.message);
  return reply;
}

/**
 * A thread's messages, kept from the moment it starts: a reply that comes while nobody is
 * waiting for one (the build is busy with the last) waits in line instead of being lost.
 */
interface Inbox {
  messages: unknown[];
  waiting: { resolve: (message: unknown) => void; reject: (error: Error) => void }[];
  failure: Error | undefined;
}

const inboxes = new WeakMap<Worker, Inbox>();

function inboxOf(worker: Worker): Inbox {
  const known = inboxes.get(worker);
  if (known) return known;
  const inbox: Inbox = { messages: [], waiting: [], failure: undefined };
  const fail = (error: Error) => {
    inbox.failure ??= error;
    for (const waiter of inbox.waiting.splice(0)) waiter.reject(error);
  };
  worker.on('message', (message: unknown) => {
    const waiter = inbox.waiting.shift();
    if (waiter) waiter.resolve(message);
    else inbox.messages.push(message);
  });
  worker.on('error', fail);
  worker.on('exit', (code: number) => {
    fail(new Error(`a build thread exited (${code})`));
  });
  inboxes.set(worker, inbox);
  return inbox;
}

function nextMessage(worker: Worker): Promise<unknown> {
  const inbox = inboxOf(worker);
  if (inbox.messages.length > 0) return Promise.resolve(inbox.messages.shift());
  if (inbox.failure) return Promise.reject(inbox.failure);
  return new Promise((resolve, reject) => inbox.waiting.push({ resolve, reject }));
}
