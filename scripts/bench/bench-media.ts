/**
 * npm run bench:media -- --photos N [--rerun-photos M]
 *
 * The pictures' share of a build: N generated 12-megapixel photos (4000 x 3000 JPEG, one
 * story each) loaded and made into every file of their plan by the build's own stages and
 * cache (scripts/pictures/), cold; then the same again with nothing changed. With
 * `--rerun-photos M` (M > N) the site has M photos in all, the others small ones, so that the
 * run with nothing changed can be measured at newsroom scale without making M large photos.
 * The last line is one JSON object: {photos, seconds, secondsPerPhoto, rerunPhotos,
 * rerunSeconds}; times are wall-clock, generation of the photos excluded.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadStage } from '../content/load-stage.ts';
import { picturesStage } from '../pictures/pictures-stage.ts';
import { BuildCache } from '../pipeline/build-cache.ts';
import { drawPhoto } from '../pictures/test-support/photos.ts';

const { values } = parseArgs({
  options: {
    photos: { type: 'string', default: '4' },
    'rerun-photos': { type: 'string' },
  },
});
const photos = Number(values.photos);
const rerunPhotos = Number(values['rerun-photos'] ?? values.photos);
if (!Number.isInteger(photos) || photos < 1 || !Number.isInteger(rerunPhotos)) {
  console.error('usage: npm run bench:media -- --photos N [--rerun-photos M]');
  process.exit(2);
}

const root = await mkdtemp(path.join(os.tmpdir(), 'bench-media-'));
const contentDir = path.join(root, 'content');
const siteDir = path.join(root, 'site');
const cacheDir = path.join(root, 'cache');
await mkdir(path.join(contentDir, 'articles'), { recursive: true });
await mkdir(path.join(contentDir, 'media'), { recursive: true });

async function addStory(index: number, width: number, height: number): Promise<void> {
  const name = `photo-${index}.jpg`;
  await (
    await drawPhoto(width, height, index)
  )
    .jpeg({ quality: 88 })
    .toFile(path.join(contentDir, 'media', name));
  const id = `${9000 + index}`;
  const story = {
    id,
    lang: 'ru',
    slug: `foto-${index}`,
    title: `Фото ${index}`,
    publishedAt: '2026-03-01T09:00:00+06:00',
    image: { src: `media/${name}`, alt: `Сгенерированное фото ${index}` },
    body: [{ type: 'paragraph', runs: [{ text: 'Текст.' }] }],
  };
  await writeFile(path.join(contentDir, 'articles', `${id}.json`), JSON.stringify(story));
}

console.log(
  `generating ${photos} 12-MP photos and ${Math.max(0, rerunPhotos - photos)} small ones…`,
);
for (let index = 0; index < rerunPhotos; index++) {
  await addStory(index, index < photos ? 4000 : 480, index < photos ? 3000 : 360);
}

/** The load stage (which reads each photo) and the pictures stage, as a build runs them. */
async function build(): Promise<number> {
  const started = performance.now();
  const cache = await BuildCache.open(cacheDir, siteDir, 'bench');
  try {
    const content = await loadStage({
      cache,
      contentDirs: [contentDir],
      apiDir: path.join(siteDir, 'api', 'v1'),
    });
    await picturesStage({ cache, stories: content.stories });
  } finally {
    await cache.commit();
  }
  return (performance.now() - started) / 1000;
}

let cold: number;
if (rerunPhotos > photos) {
  // The small photos first, then the large ones timed alone.
  const large = Array.from({ length: photos }, (_, index) => `${9000 + index}.json`);
  const aside = path.join(root, 'aside');
  await mkdir(aside);
  for (const file of large)
    await rename(path.join(contentDir, 'articles', file), path.join(aside, file));
  const small = await build();
  console.log(`${rerunPhotos - photos} small photos made in ${small.toFixed(1)} s`);
  for (const file of large)
    await rename(path.join(aside, file), path.join(contentDir, 'articles', file));
  cold = await build();
} else {
  cold = await build();
}
console.log(`cold: ${photos} photos in ${cold.toFixed(1)} s`);
const rerun = await build();
console.log(`again, nothing changed (${rerunPhotos} photos): ${rerun.toFixed(2)} s`);

await rm(root, { recursive: true, force: true });
console.log(
  JSON.stringify({
    photos,
    seconds: Number(cold.toFixed(2)),
    secondsPerPhoto: Number((cold / photos).toFixed(2)),
    rerunPhotos,
    rerunSeconds: Number(rerun.toFixed(2)),
  }),
);
