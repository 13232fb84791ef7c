import * as v from 'valibot';
import { LangSchema, PositiveIntSchema } from '../../../shared/lib/schema-primitives.ts';
import { ArticleFieldsSchema } from './article-schema.ts';

/** What a feed says of a story: enough for a headline link, its date and lead. */
export const FeedItemSchema = v.pick(ArticleFieldsSchema, [
  'id',
  'lang',
  'slug',
  'title',
  'lead',
  'publishedAt',
  'rubric',
]);

export const FeedPageSchema = v.pipe(
  v.object({
    lang: LangSchema,
    page: PositiveIntSchema,
    pageCount: PositiveIntSchema,
    pageSize: PositiveIntSchema,
    total: v.pipe(v.number(), v.integer(), v.minValue(0)),
    items: v.array(FeedItemSchema),
  }),
  v.check((feed) => feed.page <= feed.pageCount, 'page must not exceed pageCount'),
  v.check((feed) => feed.items.length <= feed.pageSize, 'a page holds at most pageSize items'),
);

export type FeedItem = v.InferOutput<typeof FeedItemSchema>;
export type FeedPage = v.InferOutput<typeof FeedPageSchema>;
