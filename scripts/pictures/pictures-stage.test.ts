// @vitest-environment node
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { StorySchema, type Story } from '../content/load-sources.ts';
import { BuildCache } from '../pipeline/build-cache.ts';
import { picturesStage } from './pictures-stage.ts';
import { readPicture } from './read-picture.ts';
import { drawPhoto } from './test-support/photos.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pictures-stage-'));
const siteDir = path.join(dir, 'site');
const cacheDir = path.join(dir, 'cache');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A story whose lead photo is a drawn one, written to disk and read as the load stage does. */
async function storyWithPhoto(id: string, seed: number): Promise<Story> {
  const file = path.join(dir, `${id}.jpg`);
  writeFileSync(file, await (await drawPhoto(800, 600, seed)).jpeg().toBuffer());
  const reading = await readPicture(file);
  if (reading.problem !== undefined) throw new Error(reading.problem);
  return v.parse(StorySchema, {
    item: {
      id,
      lang: 'ru',
      slug: `foto-${id}`,
      title: 'Фото',
      publishedAt: '2026-03-01T09:00:00+06:00',
    },
    translations: {},
    tags: [],
    pictures: [{ source: file, ...reading.facts }],
  });
}

/** One build of the pictures stage alone: what it made. */
async function build(stories: Story[]): Promise<number> {
  const cache = await BuildCache.open(cacheDir, siteDir, '{}');
  try {
    const { made } = await picturesStage({
      cache,
      stories: new Map(stories.map((story) => [story.item.id, story])),
      threads: 1,
    });
    return made;
  } finally {
    await cache.commit();
  }
}

describe('the pictures stage', () => {
  it('makes a photo once: not again with nothing changed, and only the new one when one is added', async () => {
    const first = await storyWithPhoto('7101', 1);
    expect(await build([first])).toBe(1);
    const stem = first.pictures[0]?.stem ?? '';
    expect(existsSync(path.join(siteDir, 'media', `${stem}-og.jpg`))).toBe(true);

    expect(await build([first])).toBe(0);

    const second = await storyWithPhoto('7102', 2);
    expect(await build([first, second])).toBe(1);
  });
});
