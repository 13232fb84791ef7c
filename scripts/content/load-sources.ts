import { readFileSync, statSync } from 'node:fs';
import * as v from 'valibot';
import type { Article } from '../../src/shared/contract/article-schema.ts';
import { articleFile } from '../../src/shared/contract/api-files.ts';
import { FeedItemSchema } from '../../src/shared/contract/feed-schema.ts';
import { leadOf } from '../../src/shared/contract/lead.ts';
import { DateTimeSchema, IdSchema, LangSchema } from '../../src/shared/lib/schema-primitives.ts';
import { tagKey } from '../../src/shared/lib/tag-key.ts';
import { hashBytes, writeIfChanged } from '../pipeline/build-cache.ts';
import {
  PictureRefSchema,
  publishPictures,
  thumbnailOf,
  type PictureRef,
} from '../pictures/publish-pictures.ts';
import { parseArticleFile } from './load-content.ts';

/**
 * The work of the load stage on each source file that changed: read it, validate it and write
 * the story's file of the JSON API. Runs on the build's own thread or on a pool of threads
 * (see load-stage.ts), the same either way.
 */

/** What the build keeps of a story once its file is published: what feeds, related lists,
 * the sitemap and cross-checks need, never its body. */
export const StorySchema = v.object({
  item: FeedItemSchema,
  /** For the sitemap's lastmod: an edited story is news to a crawler too. */
  updatedAt: v.optional(DateTimeSchema),
  translations: v.record(LangSchema, IdSchema),
  /** Its tags' keys (see tagKey), in the order the story gives its tags, each once. */
  tags: v.array(v.string()),
  /** Marked as breaking news (see breaking.ts). */
  breaking: v.optional(v.literal(true)),
  /** The photos of its own it shows (scripts/pictures/). */
  pictures: v.array(PictureRefSchema),
});
export type Story = v.InferOutput<typeof StorySchema>;

/** A source file as the load stage last saw it. */
export const SourceSchema = v.object({
  size: v.number(),
  mtimeMs: v.number(),
  /** The hash of the file's bytes. */
  hash: v.string(),
  story: StorySchema,
  /** The hash of the story's file in the API, as written; empty while it is scheduled. */
  output: v.string(),
  /** Published later than the build that read it (its `publishedAt` was ahead): no API file. */
  scheduled: v.optional(v.literal(true)),
});
export type Source = v.InferOutput<typeof SourceSchema>;

export function storyOf(article: Article, pictures: PictureRef[] = []): Story {
  const lead = leadOf(article);
  const image = article.image && thumbnailOf(article.image);
  return {
    item: {
      id: article.id,
      lang: article.lang,
      slug: article.slug,
      title: article.title,
      ...(lead === undefined ? {} : { lead }),
      publishedAt: article.publishedAt,
      ...(article.rubric === undefined ? {} : { rubric: article.rubric }),
      ...(image ? { image } : {}),
    },
    ...(article.updatedAt === undefined ? {} : { updatedAt: article.updatedAt }),
    translations: article.translations,
    tags: [...new Set((article.tags ?? []).map(tagKey))],
    ...(article.breaking ? { breaking: true as const } : {}),
    pictures,
  };
}

/** Whether a story published at `publishedAt` is scheduled for later than `now`, the build's clock (ms). */
export function isScheduled(publishedAt: string, now: number): boolean {
  return Date.parse(publishedAt) > now;
}

/** Whether every photo a story showed is as the last build read it. */
export function picturesUnchanged(pictures: readonly PictureRef[]): boolean {
  return pictures.every((picture) => {
    const now = statSync(picture.source, { throwIfNoEntry: false });
    return now?.size === picture.size && now.mtimeMs === picture.mtimeMs;
  });
}

export const LoadTaskSchema = v.object({
  /** The API's folder, where each story's file goes. */
  apiDir: v.string(),
  /** The build's clock, in ms: a story published later is scheduled, not published. */
  now: v.number(),
  sources: v.array(
    v.object({
      file: v.string(),
      /** The content folder it is in, whose media/ holds its photos. */
      root: v.string(),
      previous: v.optional(SourceSchema),
    }),
  ),
});
export type LoadTask = v.InferOutput<typeof LoadTaskSchema>;

export const LoadResultSchema = v.object({
  loaded: v.array(v.tuple([v.string(), SourceSchema])),
  /** Each problem as `file: field: reason`. */
  problems: v.array(v.string()),
  /** Sources read and validated (the others had the same bytes as before). */
  parsed: v.number(),
});
export type LoadResult = v.InferOutput<typeof LoadResultSchema>;

/** Reads, validates and publishes each source of `task`. */
export async function loadSources(input: unknown): Promise<LoadResult> {
  const { apiDir, now, sources } = v.parse(LoadTaskSchema, input);
  const result: LoadResult = { loaded: [], problems: [], parsed: 0 };
  for (const { file, root, previous } of sources) {
    const bytes = readFileSync(file);
    const { size, mtimeMs } = statSync(file);
    const hash = hashBytes(bytes);
    // Touched, not changed, and not a scheduled story whose time has come.
    const due = previous?.scheduled === true && !isScheduled(previous.story.item.publishedAt, now);
    if (previous?.hash === hash && picturesUnchanged(previous.story.pictures) && !due) {
      result.loaded.push([file, { ...previous, size, mtimeMs }]);
      continue;
    }
    result.parsed++;
    const parsed = parseArticleFile(file, bytes.toString('utf8'));
    if (!parsed.article) {
      result.problems.push(...parsed.problems);
      continue;
    }
    const published = await publishPictures(parsed.article, {
      root,
      file,
      known: previous?.story.pictures ?? [],
    });
    if (published.problems.length > 0) {
      result.problems.push(...published.problems);
      continue;
    }
    const story = storyOf(published.article, published.pictures);
    if (isScheduled(story.item.publishedAt, now)) {
      // Checked now, so an editor hears of a problem at once; published by a later build.
      result.loaded.push([file, { size, mtimeMs, hash, story, output: '', scheduled: true }]);
      continue;
    }
    const sameFile = previous?.story.item.id === story.item.id && !previous.scheduled;
    const output = writeIfChanged(
      apiDir,
      articleFile(story.item.id),
      JSON.stringify(published.article),
      sameFile ? previous.output : undefined,
    );
    result.loaded.push([file, { size, mtimeMs, hash, story, output }]);
  }
  return result;
}
