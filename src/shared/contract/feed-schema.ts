import * as v from 'valibot';
import { LangSchema, PositiveIntSchema } from '../lib/schema-primitives.ts';
import { ArticleFieldsSchema } from './article-schema.ts';

/**
 * A story's picture in a feed: its lead picture, without caption, credit or link-preview crops
 * (a thumbnail needs none of them, and a feed page stays small).
 */
export const ThumbnailSchema = v.omit(ArticleFieldsSchema.entries.image.wrapped, [
  'caption',
  'credit',
  'preview',
  'crops',
]);

/** What a feed says of a story: enough for a headline link, its date, lead and thumbnail. */
export const FeedItemSchema = v.object({
  ...v.pick(ArticleFieldsSchema, ['id', 'lang', 'slug', 'title', 'lead', 'publishedAt', 'rubric'])
    .entries,
  image: v.optional(ThumbnailSchema),
});

/**
 * A feed's newest stories, newest first: what its first page (an edition's front page, a
 * rubric's page) shows. `older` is the newest archive page it does not show, if there is one.
 */
export const FeedHeadSchema = v.object({
  lang: LangSchema,
  items: v.array(FeedItemSchema),
  older: v.optional(PositiveIntSchema),
});

/**
 * One page of a feed's archive, its stories newest first. Pages are numbered from the oldest
 * (page 1 holds the first stories ever published) and stay as they are once full, so a new
 * story changes only the newest page (docs/api.md). `newer` and `older` are the neighbouring
 * pages, absent at either end.
 */
export const FeedPageSchema = v.pipe(
  v.object({
    lang: LangSchema,
    page: PositiveIntSchema,
    items: v.array(FeedItemSchema),
    newer: v.optional(PositiveIntSchema),
    older: v.optional(PositiveIntSchema),
  }),
  v.check(
    ({ page, newer, older }) =>
      (newer === undefined || newer === page + 1) && (older === undefined || older === page - 1),
    'newer and older must be the pages either side',
  ),
);

/** The stories suggested under a story ("Читайте также"), chosen by the build. */
export const RelatedStoriesSchema = v.object({
  items: v.array(FeedItemSchema),
});

export type FeedItem = v.InferOutput<typeof FeedItemSchema>;
export type Thumbnail = v.InferOutput<typeof ThumbnailSchema>;
export type FeedHead = v.InferOutput<typeof FeedHeadSchema>;
export type FeedPage = v.InferOutput<typeof FeedPageSchema>;
export type RelatedStories = v.InferOutput<typeof RelatedStoriesSchema>;
