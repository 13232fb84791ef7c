import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The build's caches are JSON lines, read and written a line at a time, so that at 100,000
 * articles none is ever one giant string. Each value read is unknown: the caller parses it.
 */
export async function* readJsonLines(file: string): AsyncGenerator {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const value: unknown = JSON.parse(line);
      yield value;
    }
  } finally {
    lines.close();
  }
}

/** A file of JSON lines written a value at a time, waiting for the stream whenever it is full. */
export async function openJsonLines(file: string) {
  await mkdir(path.dirname(file), { recursive: true });
  const stream = createWriteStream(file, 'utf8');
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  return {
    put: async (value: unknown) => {
      if (!stream.write(`${JSON.stringify(value)}\n`)) await once(stream, 'drain');
    },
    close: () => {
      stream.end();
      return done;
    },
  };
}

export async function writeJsonLines(
  file: string,
  values: Iterable<unknown> | AsyncIterable<unknown>,
): Promise<void> {
  const lines = await openJsonLines(file);
  for await (const value of values) await lines.put(value);
  await lines.close();
}
