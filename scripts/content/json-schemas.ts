import { toJsonSchema } from '@valibot/to-json-schema';
import { ArticleSchema } from '../../src/shared/contract/article-schema.ts';
import {
  BreakingNewsSchema,
  FeedHeadSchema,
  FeedPageSchema,
  RelatedStoriesSchema,
} from '../../src/shared/contract/feed-schema.ts';

/**
 * The API's contract as JSON Schema, generated from the schemas of src/shared/contract (the
 * story's as the build holds content to it, the feeds' as the reader parses them), so the
 * published contract and the code cannot drift apart. Checks JSON Schema cannot express (URL
 * schemes, real calendar dates, an archive page's neighbours) are described in docs/api.md.
 */
export function jsonSchemas(): Record<string, unknown> {
  const base = 'https://schemas.invalid/news-reader/v1';
  const schema = (name: string, title: string, of: Parameters<typeof toJsonSchema>[0]) => ({
    $id: `${base}/${name}`,
    title,
    ...toJsonSchema(of, { errorMode: 'ignore' }),
  });
  return {
    'schema/article.json': schema('article.json', 'Article', ArticleSchema),
    'schema/feed-head.json': schema('feed-head.json', 'Feed head', FeedHeadSchema),
    'schema/feed-page.json': schema('feed-page.json', 'Feed page', FeedPageSchema),
    'schema/related.json': schema('related.json', 'Related stories', RelatedStoriesSchema),
    'schema/breaking.json': schema('breaking.json', 'Breaking news', BreakingNewsSchema),
  };
}
