import { readFileSync } from 'node:fs';
import sharp, { type OutputInfo } from 'sharp';
import * as v from 'valibot';
import { writeIfChanged } from '../pipeline/build-cache.ts';
import { ENCODING, plannedFiles, variantWidths, type PlannedFile } from './picture-plan.ts';
import { INPUT_OPTIONS } from './read-picture.ts';

/**
 * The work of the pictures stage on one photo: every file of its plan (picture-plan.ts), written
 * under the site's root. Runs on the build's own thread or on the build's threads
 * (pictures-stage.ts), the same either way.
 *
 * The original is decoded once, turned upright, converted to sRGB and scaled to the largest
 * width; every variant and crop is made from that copy. A copy of raw pixels carries nothing of
 * the original's metadata, so no file made from it can: no EXIF (camera, time, GPS), XMP, IPTC,
 * comment or colour profile reaches the site.
 */

export const MakeTaskSchema = v.object({
  /** The original, a path from the project's folder. */
  source: v.string(),
  siteDir: v.string(),
  stem: v.string(),
  width: v.number(),
  height: v.number(),
  color: v.string(),
});
export type MakeTask = v.InferOutput<typeof MakeTaskSchema>;

export const MakeResultSchema = v.object({
  stem: v.string(),
  /** Each file written, under the site's root, with the hash of its bytes. */
  files: v.array(v.tuple([v.string(), v.string()])),
  /** Why the original could not be made into its files, if it could not. */
  problem: v.optional(v.string()),
});
export type MakeResult = v.InferOutput<typeof MakeResultSchema>;

// One libvips thread per operation (sharp's default on glibc): the build's threads, and the
// operations in flight on each, share the cores (docs/decisions/060-pictures.md).
sharp.concurrency(1);

async function encode(
  working: { data: Buffer; info: OutputInfo },
  planned: PlannedFile,
): Promise<Buffer> {
  const input = sharp(working.data, {
    raw: {
      width: working.info.width,
      height: working.info.height,
      channels: working.info.channels,
    },
  });
  switch (planned.kind) {
    case 'variant': {
      const resized = input.resize({ width: planned.width, height: planned.height, fit: 'fill' });
      return planned.format === 'avif'
        ? resized.avif(ENCODING.avif).toBuffer()
        : resized.webp(ENCODING.webp).toBuffer();
    }
    case 'preview':
    case 'crop':
      // The crop keeps what draws the eye (libvips' attention strategy: skin, saturation, edges).
      return input
        .resize({
          width: planned.width,
          height: planned.height,
          fit: 'cover',
          position: sharp.strategy.attention,
        })
        .flatten({ background: '#ffffff' })
        .jpeg(ENCODING.jpeg)
        .toBuffer();
  }
}

export async function makeVariants(input: unknown): Promise<MakeResult> {
  const task = v.parse(MakeTaskSchema, input);
  const widths = variantWidths(task.width);
  const largest = widths[widths.length - 1] ?? task.width;
  const planned = plannedFiles(task);
  let made: Buffer[];
  try {
    const working = await sharp(readFileSync(task.source), INPUT_OPTIONS)
      .rotate()
      .resize({ width: largest, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    made = await Promise.all(planned.map((file) => encode(working, file)));
  } catch (error) {
    // Read whole when its story was loaded, yet not now: changed or damaged since.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { stem: task.stem, files: [], problem: `the picture cannot be decoded (${reason})` };
  }
  return {
    stem: task.stem,
    files: planned.map(({ file }, index) => [
      file,
      writeIfChanged(task.siteDir, file, made[index] ?? Buffer.alloc(0), undefined),
    ]),
  };
}
