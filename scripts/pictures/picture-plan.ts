import type { LeadImage } from '../../src/shared/contract/article-schema.ts';

/**
 * What the build makes of a newsroom's photo (docs/decisions/060-pictures.md): the widths it is
 * offered at, in AVIF and WebP, never wider than the original; a 1200x630 JPEG for link
 * previews; and 16:9, 4:3 and 1:1 crops for search engines. Every file is named after the
 * original's bytes and these settings, so a name never changes what it holds (cached a year as
 * immutable) and a photo already made is never made again.
 */

/** Widths a picture is offered at: a phone's thumbnail to a desktop's column at DPR 2. */
export const WIDTHS = [320, 640, 960, 1280, 1600] as const;

export const LINK_PREVIEW = { width: 1200, height: 630 } as const;

/** The crops Google asks of a news article's picture, each this wide at most. */
export const CROPS = { '16x9': [16, 9], '4x3': [4, 3], '1x1': [1, 1] } as const;
export const CROP_WIDTH = 1200;
export type CropName = keyof typeof CROPS;
const CROP_NAMES: readonly CropName[] = ['16x9', '4x3', '1x1'];

/** How each format is encoded: quality for photos on phones, effort for a 2-core build. */
export const ENCODING = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 72, effort: 3 },
  jpeg: { quality: 78, mozjpeg: true },
} as const;

/** The published folder of every picture file, at the site's root. */
export const MEDIA_DIR = 'media';

/**
 * What names depend on besides the original's bytes: change the plan and every picture gets new
 * names (and is made again), so no cached copy anywhere shows the old one.
 */
export const PLAN_KEY = JSON.stringify({ v: 1, WIDTHS, LINK_PREVIEW, CROPS, CROP_WIDTH, ENCODING });

/** The widths a picture this wide is made at: those of WIDTHS below it, and its own if less. */
export function variantWidths(width: number): number[] {
  const below = WIDTHS.filter((candidate) => candidate < width);
  const largest = Math.min(width, WIDTHS[WIDTHS.length - 1] ?? width);
  return [...below.filter((candidate) => candidate < largest), largest];
}

/** The height of a variant `width` wide of a picture `original` in size. */
export function heightAt(original: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((original.height * width) / original.width));
}

/** A box of `ratio` cut from a picture as large as it allows, then at most `maxWidth` wide. */
export function cropSize(
  original: { width: number; height: number },
  [ratioWidth, ratioHeight]: readonly [number, number],
  maxWidth: number,
): { width: number; height: number } {
  const fitWidth = Math.min(original.width, (original.height * ratioWidth) / ratioHeight);
  const width = Math.max(1, Math.floor(Math.min(fitWidth, maxWidth)));
  return { width, height: Math.max(1, Math.round((width * ratioHeight) / ratioWidth)) };
}

/**
 * The picture every file is made from: the original upright, at the largest variant's width.
 * Crops are cut from it too, so that the original is decoded once.
 */
export function workingSize(original: { width: number; height: number }) {
  const widths = variantWidths(original.width);
  const width = widths[widths.length - 1] ?? original.width;
  return { width, height: heightAt(original, width) };
}

export function linkPreviewSize(original: { width: number; height: number }) {
  return cropSize(
    workingSize(original),
    [LINK_PREVIEW.width, LINK_PREVIEW.height],
    LINK_PREVIEW.width,
  );
}

export type VariantFormat = 'avif' | 'webp';

/** What a photo is, as far as its published files go. */
export interface PictureFacts {
  /** A hash of its bytes and PLAN_KEY: the stem of each of its files' names. */
  stem: string;
  /** Its size once turned upright (EXIF orientation). */
  width: number;
  height: number;
  /** Its dominant colour, #rrggbb. */
  color: string;
}

/** Every file made of a picture: its name under the site's root, and what it is. */
export type PlannedFile =
  | { file: string; kind: 'variant'; format: VariantFormat; width: number; height: number }
  | { file: string; kind: 'preview'; width: number; height: number }
  | { file: string; kind: 'crop'; crop: CropName; width: number; height: number };

export function plannedFiles(facts: PictureFacts): PlannedFile[] {
  const files: PlannedFile[] = [];
  for (const format of ['avif', 'webp'] as const) {
    for (const width of variantWidths(facts.width)) {
      files.push({
        file: `${MEDIA_DIR}/${facts.stem}-${width}.${format}`,
        kind: 'variant',
        format,
        width,
        height: heightAt(facts, width),
      });
    }
  }
  files.push({
    file: `${MEDIA_DIR}/${facts.stem}-og.jpg`,
    kind: 'preview',
    ...linkPreviewSize(facts),
  });
  for (const crop of CROP_NAMES) {
    const ratio = CROPS[crop];
    files.push({
      file: `${MEDIA_DIR}/${facts.stem}-${crop}.jpg`,
      kind: 'crop',
      crop,
      ...cropSize(workingSize(facts), ratio, CROP_WIDTH),
    });
  }
  return files;
}

/** The fallback `src`: the WebP nearest a phone's column at DPR 2.6 (about 1000 px), not over. */
const FALLBACK_WIDTH = 960;

/** What the reader is told of a photo: the picture fields of docs/api.md, every address made. */
export function publishedPicture(
  facts: PictureFacts,
): Omit<LeadImage, 'alt' | 'decorative' | 'caption' | 'credit'> &
  Required<Pick<LeadImage, 'preview' | 'crops'>> {
  const widths = variantWidths(facts.width);
  const largest = workingSize(facts);
  const fallback = [...widths].reverse().find((width) => width <= FALLBACK_WIDTH) ?? largest.width;
  const url = (file: string) => `/${file}`;
  const candidates = (format: VariantFormat) =>
    widths.map((width) => ({ src: url(`${MEDIA_DIR}/${facts.stem}-${width}.${format}`), width }));
  return {
    src: url(`${MEDIA_DIR}/${facts.stem}-${fallback}.webp`),
    width: largest.width,
    height: largest.height,
    sources: candidates('webp'),
    avif: candidates('avif'),
    color: facts.color,
    preview: { src: url(`${MEDIA_DIR}/${facts.stem}-og.jpg`), ...linkPreviewSize(facts) },
    crops: {
      '16x9': url(`${MEDIA_DIR}/${facts.stem}-16x9.jpg`),
      '4x3': url(`${MEDIA_DIR}/${facts.stem}-4x3.jpg`),
      '1x1': url(`${MEDIA_DIR}/${facts.stem}-1x1.jpg`),
    },
  };
}
