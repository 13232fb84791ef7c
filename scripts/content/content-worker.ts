/**
 * One content-build thread: reads and validates the batches of source files the build sends,
 * and answers with their summaries and the article files to write (see article-sources.ts and
 * build-content.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as v from 'valibot';
import { deferredWrites, readSources, SourceJobSchema } from './article-sources.ts';

// Nothing to set up: the build's own thread writes what this one prepares.
v.parse(v.object({}), workerData);
const writes = deferredWrites();

const port = parentPort;
if (!port) throw new Error('content-worker.ts runs as a worker thread (see build-content.ts)');
port.on('message', (message: unknown) => {
  try {
    const done = readSources(v.parse(v.array(SourceJobSchema), message), writes.sink);
    port.postMessage({ kind: 'done', ...done, writes: writes.take() });
  } catch (error) {
    port.postMessage({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
port.postMessage({ kind: 'ready' });
