// @vitest-environment node
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtApiData } from './built-api-data.ts';

describe('builtApiData', () => {
  let root = '';
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('reads the built files as JSON, and nothing for a file the build did not write', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'built-api-'));
    await mkdir(path.join(root, 'ru', 'latest'), { recursive: true });
    await writeFile(path.join(root, 'ru', 'latest', '1.json'), '{"page":1}');
    const read = builtApiData(root, 1);
    expect(read('ru/latest/1.json')).toEqual({ page: 1 });
    expect(read('ru/latest/2.json')).toBeUndefined();
    expect(read('articles/1.json')).toBeUndefined();
  });
});
