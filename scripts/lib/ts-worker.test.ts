import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { FailedReplySchema, nextReply, startTsWorker } from './ts-worker.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function workerFile(source: string): Promise<URL> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ts-worker-'));
  dirs.push(dir);
  const file = path.join(dir, 'worker.mts');
  await writeFile(file, source);
  return pathToFileURL(file);
}

const NumberReply = v.variant('kind', [
  v.object({ kind: v.literal('number'), value: v.number() }),
  FailedReplySchema,
]);

describe('a build thread’s replies', () => {
  it('keeps replies that come while nobody waits for them, in order', async () => {
    const entry = await workerFile(`
      import { parentPort } from 'node:worker_threads';
      for (const value of [1, 2, 3]) parentPort?.postMessage({ kind: 'number', value });
    `);
    const worker = startTsWorker(entry, null);
    try {
      // All three have arrived before anyone asks: the thread has ended.
      await once(worker, 'exit');
      const values = [];
      for (let i = 0; i < 3; i++) {
        const reply = await nextReply(worker, NumberReply);
        if (reply.kind === 'number') values.push(reply.value);
      }
      expect(values).toEqual([1, 2, 3]);
    } finally {
      await worker.terminate();
    }
  });

  it('fails the wait when the thread ends without replying', async () => {
    const entry = await workerFile(`process.exit(3);`);
    const worker = startTsWorker(entry, null);
    await expect(nextReply(worker, NumberReply)).rejects.toThrow('a build thread exited (3)');
  });

  it('fails with the error a thread throws', async () => {
    const entry = await workerFile(`throw new Error('the server bundle is missing');`);
    const worker = startTsWorker(entry, null);
    await expect(nextReply(worker, NumberReply)).rejects.toThrow('the server bundle is missing');
  });

  it('fails with the thread’s own message when its work failed', async () => {
    const entry = await workerFile(`
      import { parentPort } from 'node:worker_threads';
      parentPort?.postMessage({ kind: 'failed', message: 'story 12 has no title' });
    `);
    const worker = startTsWorker(entry, null);
    try {
      await expect(nextReply(worker, NumberReply)).rejects.toThrow('story 12 has no title');
    } finally {
      await worker.terminate();
    }
  });
});
