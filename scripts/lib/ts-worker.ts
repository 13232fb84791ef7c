import { Worker } from 'node:worker_threads';
import * as v from 'valibot';

/**
 * A worker thread running one of the build's TypeScript modules. The build's scripts run
 * through tsx, which a worker must register for itself before it imports its entry.
 */
export function startTsWorker(entry: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
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

function nextMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (message: unknown) => {
      cleanup();
      resolve(message);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`a build thread exited (${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}
