import { stat } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import {
  isLocalPicture,
  type Article,
  type Block,
  type ImageBlock,
  type LeadImage,
  type SourceArticle,
  type SourcePicture,
} from '../../src/shared/contract/article-schema.ts';
import type { Thumbnail } from '../../src/shared/contract/feed-schema.ts';
import { publishedPicture } from './picture-plan.ts';
import { readPicture, type PictureOnDisk } from './read-picture.ts';

/**
 * A story's photos as the build publishes them: each picture under the content's `media/`
 * read (read-picture.ts) and given every address of its plan, so the story's file in the API
 * says all a reader needs; remote pictures as they were written.
 */

/** A photo a story uses, as the load stage remembers it and the pictures stage makes it. */
export const PictureRefSchema = v.object({
  /** The original, a path from the project's folder. */
  source: v.string(),
  size: v.number(),
  mtimeMs: v.number(),
  stem: v.string(),
  width: v.number(),
  height: v.number(),
  color: v.string(),
});
export type PictureRef = v.InferOutput<typeof PictureRefSchema>;

/**
 * The published form of a story from its source: `root` is the content folder the story's file
 * is in (its `media/` holds the photos), `file` the story's own file, for the problems' lines.
 * `known` are the photos of the story's last version: one unchanged on disk is not read again.
 */
export async function publishPictures(
  article: SourceArticle,
  { root, file, known = [] }: { root: string; file: string; known?: readonly PictureRef[] },
): Promise<{ article: Article; pictures: PictureRef[]; problems: string[] }> {
  const problems: string[] = [];
  const pictures = new Map<string, PictureRef>();

  const resolve = async (picture: SourcePicture, field: string): Promise<LeadImage | undefined> => {
    const { src, width, height, sources, ...described } = picture;
    if (!isLocalPicture(src)) {
      // The source schema holds a remote picture to its size.
      return {
        src,
        width: width ?? 1,
        height: height ?? 1,
        ...(sources ? { sources } : {}),
        ...described,
      };
    }
    const source = path.join(root, picture.src);
    const earlier = known.find((ref) => ref.source === source);
    let facts: PictureOnDisk | undefined;
    if (earlier) {
      const now = await stat(source).catch(() => undefined);
      if (now?.size === earlier.size && now.mtimeMs === earlier.mtimeMs) facts = earlier;
    }
    if (!facts) {
      const reading = await readPicture(source);
      if (reading.problem !== undefined) {
        problems.push(`${file}: ${field}: ${source}: ${reading.problem}`);
        return undefined;
      }
      facts = reading.facts;
    }
    pictures.set(facts.stem, {
      source,
      size: facts.size,
      mtimeMs: facts.mtimeMs,
      stem: facts.stem,
      width: facts.width,
      height: facts.height,
      color: facts.color,
    });
    return { ...publishedPicture(facts), ...described };
  };

  const image = article.image && (await resolve(article.image, 'image.src'));
  const body: Block[] = [];
  for (const [index, block] of article.body.entries()) {
    if (block.type !== 'image') {
      body.push(block);
      continue;
    }
    const { type, ...picture } = block;
    const resolved = await resolve(picture, `body.${index}.src`);
    if (resolved) body.push(bodyPicture(type, resolved));
  }
  const published: Article = { ...article, image, body };
  if (!image) delete published.image;
  return { article: published, pictures: [...pictures.values()], problems };
}

/** A picture in a story's text: what a lead picture is, less its link-preview crops. */
function bodyPicture(type: 'image', picture: LeadImage): ImageBlock {
  const { src, alt, decorative, width, height, sources, avif, color, caption, credit } = picture;
  return { type, src, alt, decorative, width, height, sources, avif, color, caption, credit };
}

/** What a feed shows of a story's picture (ThumbnailSchema): no caption, credit or crops. */
export function thumbnailOf(picture: LeadImage): Thumbnail {
  const { src, alt, decorative, width, height, sources, avif, color } = picture;
  return { src, alt, decorative, width, height, sources, avif, color };
}
