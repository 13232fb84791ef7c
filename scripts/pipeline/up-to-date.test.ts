// @vitest-environment node
import { mkdir, mkdtemp, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentListing } from './up-to-date.ts';

let root: string;
const at = (...parts: string[]) => path.join(root, ...parts);
const listing = () => contentListing([at('content'), at('extra')]);

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'listing-'));
  await mkdir(at('content', 'articles'), { recursive: true });
  await mkdir(at('extra', 'media'), { recursive: true });
  await writeFile(at('content', 'articles', '1.json'), '{"id":"1"}');
  await writeFile(at('extra', 'media', 'photo.jpg'), 'a photo');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('contentListing', () => {
  it('is the same for the same files, and none for a folder that is missing', () => {
    const first = listing();
    expect(listing()).toBe(first);
    expect(contentListing([at('content'), at('nowhere')])).toBeUndefined();
  });

  it('changes with a file touched, added or removed', async () => {
    const first = listing();
    const later = new Date(Date.now() + 60_000);
    await utimes(at('content', 'articles', '1.json'), later, later);
    const touched = listing();
    expect(touched).not.toBe(first);
    await writeFile(at('content', 'articles', '2.json'), '{}');
    const added = listing();
    expect(added).not.toBe(touched);
    await rm(at('content', 'articles', '2.json'));
    expect(listing()).toBe(touched);
  });

  it('changes with a file moved to another content folder, its size and time kept', async () => {
    const first = listing();
    await mkdir(at('extra', 'articles'));
    await rename(at('content', 'articles', '1.json'), at('extra', 'articles', '1.json'));
    expect(listing()).not.toBe(first);
  });

  it('follows links, to a file and to a folder, as the stages do when they read photos', async () => {
    await mkdir(at('store'));
    await writeFile(at('store', 'linked.jpg'), 'first');
    await symlink(at('store', 'linked.jpg'), at('content', 'photo.jpg'));
    await symlink(at('store'), at('content', 'store'));
    // A link back up the tree is walked once.
    await symlink(at('content'), at('content', 'articles', 'loop'));
    const first = listing();
    await writeFile(at('store', 'linked.jpg'), 'a longer photo');
    expect(listing()).not.toBe(first);
    const second = listing();
    await writeFile(at('store', 'other.jpg'), 'another photo');
    expect(listing()).not.toBe(second);
  });
});
