import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { PLAN_KEY, type PictureFacts } from './picture-plan.ts';

/**
 * Reads what the build needs of a newsroom's photo before making anything of it: its size once
 * upright, its dominant colour and the stem of its files' names; or why it cannot be published.
 * A file too big, with too many pixels (a decompression bomb), of another format or damaged is
 * refused here, with the reason an editor can act on.
 */

/** Larger files are refused before they are read. */
export const MAX_BYTES = 40 * 1024 * 1024;
/** Pictures with more pixels are refused from their header, before they are decoded. */
export const MAX_PIXELS = 100_000_000;

/** What sharp decodes and the build accepts: JPEG, PNG, WebP and AVIF (HEIF holding AV1). */
const ACCEPTED = new Set(['jpeg', 'png', 'webp']);

/** sharp's options for every original: decoding bounded, and damage an error, not a warning. */
export const INPUT_OPTIONS: SharpOptions = {
  limitInputPixels: MAX_PIXELS,
  failOn: 'warning',
  sequentialRead: true,
};

export interface PictureOnDisk extends PictureFacts {
  size: number;
  mtimeMs: number;
}

export type PictureReading = { facts: PictureOnDisk; problem?: undefined } | { problem: string };

function isFsError(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() ?? '';
}

function hex(value: number): string {
  return Math.round(Math.max(0, Math.min(255, value)))
    .toString(16)
    .padStart(2, '0');
}

export async function readPicture(file: string): Promise<PictureReading> {
  let size: number;
  let mtimeMs: number;
  try {
    ({ size, mtimeMs } = await stat(file));
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return { problem: 'there is no such file' };
    throw error;
  }
  if (size > MAX_BYTES) {
    return {
      problem: `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_BYTES / 1024 / 1024} MB a picture may be`,
    };
  }
  const bytes = await readFile(file);
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, INPUT_OPTIONS).metadata();
  } catch (error) {
    const reason = reasonOf(error);
    return /unsupported image format/i.test(reason)
      ? { problem: 'not a picture in a format the build reads (JPEG, PNG, WebP or AVIF)' }
      : { problem: `the picture is damaged and cannot be read (${reason})` };
  }
  const format = metadata.format;
  const avif = format === 'heif' && metadata.compression === 'av1';
  if (!ACCEPTED.has(format) && !avif) {
    return {
      problem: `a ${format === 'heif' ? `HEIF (${metadata.compression ?? 'unknown'})` : format.toUpperCase()} picture: the build takes JPEG, PNG, WebP or AVIF`,
    };
  }
  const { width, height } = metadata.autoOrient;
  if (width * height > MAX_PIXELS) {
    return {
      problem: `${width} x ${height} pixels (${((width * height) / 1e6).toFixed(0)} megapixels), over the ${MAX_PIXELS / 1e6} a picture may have`,
    };
  }
  let color: string;
  try {
    // Decoding it small reads the whole file (a damaged one fails here) at little cost: JPEG
    // and WebP shrink as they decode.
    const small = await sharp(bytes, INPUT_OPTIONS)
      .rotate()
      .resize(48, 48, { fit: 'inside' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { dominant } = await sharp(small.data, { raw: small.info }).stats();
    color = `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`;
  } catch (error) {
    return { problem: `the picture is damaged and cannot be read (${reasonOf(error)})` };
  }
  const stem = createHash('sha256').update(PLAN_KEY).update(bytes).digest('hex').slice(0, 20);
  return { facts: { stem, width, height, color, size, mtimeMs } };
}
