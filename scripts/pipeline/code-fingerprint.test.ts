// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFingerprint, moduleGraph } from './code-fingerprint.ts';

let root: string;
const file = (name: string) => path.join(root, name);

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'code-fingerprint-'));
  await mkdir(file('lib'));
  await writeFile(file('package-lock.json'), '{"lockfileVersion":3}');
  await writeFile(
    file('stage.ts'),
    [
      "import * as v from 'valibot';",
      "import type { Shape } from './lib/types.ts';",
      "import { helper } from './lib/helper.ts';",
      "export { again } from './lib/again.ts';",
      "export * from './lib/star.ts';",
      'export async function later(): Promise<Shape> {',
      "  const { task } = await import('./lib/task.tsx');",
      '  return { n: helper(task, v) };',
      '}',
    ].join('\n'),
  );
  await writeFile(file('lib/types.ts'), 'export interface Shape { n: number }');
  await writeFile(
    file('lib/helper.ts'),
    "import './styles.css';\nexport const helper = (a: unknown) => a;",
  );
  await writeFile(file('lib/styles.css'), 'p { margin: 0 }');
  await writeFile(file('lib/again.ts'), 'export const again = 1;');
  await writeFile(file('lib/star.ts'), 'export const star = 2;');
  await writeFile(file('lib/task.tsx'), 'export const task = <T,>(x: T) => <b>{String(x)}</b>;');
  await writeFile(file('unrelated.ts'), 'export const other = 3;');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('moduleGraph', () => {
  it('follows every import of the project’s own files, and no package', () => {
    expect(moduleGraph([file('stage.ts')]).map((found) => path.relative(root, found))).toEqual([
      'lib/again.ts',
      'lib/helper.ts',
      'lib/star.ts',
      'lib/styles.css',
      'lib/task.tsx',
      'lib/types.ts',
      'stage.ts',
    ]);
  });
});

describe('codeFingerprint', () => {
  const fingerprint = (settings: unknown = null) =>
    codeFingerprint([file('stage.ts')], settings, root);

  it('is the same for the same code and settings', () => {
    expect(fingerprint({ origin: 'a' })).toBe(fingerprint({ origin: 'a' }));
  });

  it('changes with any file of the module graph, deep ones too', async () => {
    const before = fingerprint();
    await writeFile(file('lib/task.tsx'), 'export const task = (x: unknown) => x;');
    expect(fingerprint()).not.toBe(before);
    const middle = fingerprint();
    await writeFile(file('lib/styles.css'), 'p { margin: 1px }');
    expect(fingerprint()).not.toBe(middle);
  });

  it('changes with the settings and the installed dependencies, not with other files', async () => {
    const before = fingerprint();
    expect(fingerprint({ origin: 'b' })).not.toBe(before);
    await writeFile(file('unrelated.ts'), 'export const other = 4;');
    expect(fingerprint()).toBe(before);
    await writeFile(file('package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(fingerprint()).not.toBe(before);
  });
});
