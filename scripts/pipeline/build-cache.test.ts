// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildCache, hashBytes } from './build-cache.ts';

const temporary: string[] = [];

async function folders() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'build-cache-'));
  temporary.push(root);
  return { cacheDir: path.join(root, 'cache'), siteDir: path.join(root, 'site') };
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const Unit = v.object({ input: v.string() });
const SETTINGS = '{"origin":"https://news.example.kg"}';

/** One build: opens the cache, runs `stage` on one record, commits. */
async function build(
  { cacheDir, siteDir }: { cacheDir: string; siteDir: string },
  stage: (record: Awaited<ReturnType<BuildCache['stage']>>) => void,
  { code = 'code-1', settings = SETTINGS } = {},
) {
  const cache = await BuildCache.open(cacheDir, siteDir, settings);
  const record = cache.stage('test', code, Unit);
  try {
    stage(record);
  } finally {
    await cache.commit();
  }
  return { cache, record };
}

describe('the build cache', () => {
  it('writes a file only when its bytes changed, and knows what it wrote', async () => {
    const dirs = await folders();
    await build(dirs, (record) => {
      record.outputs.write('a/one.txt', 'one');
      record.finish();
    });
    const file = path.join(dirs.siteDir, 'a', 'one.txt');
    // A file changed behind the build's back is the build's to rewrite only when its own bytes
    // change: the same bytes are not written again.
    await writeFile(file, 'tampered');
    const { record } = await build(dirs, (again) => {
      expect(again.known).toBe(true);
      expect(again.outputs.previous.get('a/one.txt')).toBe(hashBytes('one'));
      again.outputs.write('a/one.txt', 'one');
      again.finish();
    });
    expect(await readFile(file, 'utf8')).toBe('tampered');
    expect(record.outputs.next.get('a/one.txt')).toBe(hashBytes('one'));
    await build(dirs, (again) => {
      again.outputs.write('a/one.txt', 'two');
      again.finish();
    });
    expect(await readFile(file, 'utf8')).toBe('two');
  });

  it('removes what the last run wrote and this one did not, with the folders it empties', async () => {
    const dirs = await folders();
    await build(dirs, (record) => {
      record.outputs.write('keep.txt', 'k');
      record.outputs.write('gone/deep/old.txt', 'o');
      record.finish();
    });
    await build(dirs, (record) => {
      record.outputs.write('keep.txt', 'k');
      record.finish();
    });
    expect(existsSync(path.join(dirs.siteDir, 'keep.txt'))).toBe(true);
    expect(existsSync(path.join(dirs.siteDir, 'gone'))).toBe(false);
  });

  it('remembers units, and forgets them all when the code that made them changed', async () => {
    const dirs = await folders();
    await build(dirs, (record) => {
      record.units.set('story', { input: 'v1' });
      record.finish();
    });
    await build(dirs, (record) => {
      expect(record.previous.get('story')).toEqual({ input: 'v1' });
      record.units.set('story', { input: 'v2' });
      record.finish();
    });
    await build(
      dirs,
      (record) => {
        expect(record.known).toBe(false);
        expect([...record.previous].length).toBe(0);
        record.finish();
      },
      { code: 'code-2' },
    );
  });

  it('removes what the last run wrote and this one did not, though other code made it', async () => {
    const dirs = await folders();
    await build(dirs, (record) => {
      record.outputs.write('a.html', 'a');
      record.outputs.write('old.html', 'o');
      record.finish();
    });
    await build(
      dirs,
      (record) => {
        expect(record.known).toBe(false);
        record.outputs.write('a.html', 'a');
        record.finish();
      },
      { code: 'code-2' },
    );
    expect(existsSync(path.join(dirs.siteDir, 'a.html'))).toBe(true);
    expect(existsSync(path.join(dirs.siteDir, 'old.html'))).toBe(false);
  });

  it('trusts nothing when the site’s settings changed or its folder was emptied', async () => {
    const dirs = await folders();
    const made = (record: Awaited<ReturnType<BuildCache['stage']>>) => {
      record.units.set('story', { input: 'v1' });
      record.finish();
    };
    await build(dirs, made);
    const other = await BuildCache.open(dirs.cacheDir, dirs.siteDir, '{"origin":"https://x.kg"}');
    expect(other.trusted).toBe(false);
    await other.commit();
    await build(dirs, made);
    await rm(dirs.siteDir, { recursive: true });
    const { cache } = await build(dirs, made);
    expect(cache.trusted).toBe(false);
  });

  it('is not trusted after a build that stopped half way through a stage', async () => {
    const dirs = await folders();
    await build(dirs, (record) => {
      record.units.set('story', { input: 'v1' });
      record.finish();
    });
    // A stage that failed never finishes its record.
    await build(dirs, (record) => {
      record.outputs.write('half.txt', 'h');
    });
    const cache = await BuildCache.open(dirs.cacheDir, dirs.siteDir, SETTINGS);
    expect(cache.trusted).toBe(false);
    await cache.close();
  });

  it('keeps everything of a run whose inputs are those of the last', async () => {
    const dirs = await folders();
    await build(dirs, (record) => {
      expect(record.keptAsBefore('inputs-1')).toBe(false);
      record.units.set('page', { input: 'x' });
      record.outputs.write('page.html', 'p');
      record.finish();
    });
    await build(dirs, (again) => {
      expect(again.keptAsBefore('inputs-1')).toBe(true);
      again.finish();
    });
    expect(existsSync(path.join(dirs.siteDir, 'page.html'))).toBe(true);
    await build(dirs, (again) => {
      // Kept as it was, for the next run too.
      expect(again.previous.get('page')).toEqual({ input: 'x' });
      expect(again.keptAsBefore('inputs-2')).toBe(false);
      again.finish();
    });
    expect(existsSync(path.join(dirs.siteDir, 'page.html'))).toBe(false);
  });

  it('fails on a remembered unit it cannot read, and the next build starts afresh', async () => {
    const dirs = await folders();
    await build(dirs, (record) => {
      record.units.set('story', { input: 'v1' });
      record.finish();
    });
    // The same code reading the unit as something else: a record that is not what it says.
    const Other = v.object({ input: v.number() });
    const cache = await BuildCache.open(dirs.cacheDir, dirs.siteDir, SETTINGS);
    const record = cache.stage('test', 'code-1', Other);
    expect(() => record.previous.get('story')).toThrow();
    await cache.commit();
    const next = await BuildCache.open(dirs.cacheDir, dirs.siteDir, SETTINGS);
    expect(next.trusted).toBe(false);
    expect(next.stage('test', 'code-1', Other).known).toBe(false);
    await next.close();
  });

  it('writes back only what changed', async () => {
    const dirs = await folders();
    await build(dirs, (record) => {
      record.units.set('a', { input: 'v1' });
      record.units.set('b', { input: 'v1' });
      record.outputs.write('a.html', 'a');
      record.finish();
    });
    const { record } = await build(dirs, (again) => {
      const a = again.previous.get('a');
      if (a) again.units.set('a', a);
      again.units.set('b', { input: 'v2' });
      again.outputs.keep('a.html');
      again.finish();
    });
    expect(record.previous.isAsRead('a', record.units.get('a'))).toBe(true);
    expect(record.previous.isAsRead('b', record.units.get('b'))).toBe(false);
    expect(record.outputs.changed()).toBe(false);
    await build(dirs, (again) => {
      expect(again.previous.get('b')).toEqual({ input: 'v2' });
      again.finish();
    });
  });
});
