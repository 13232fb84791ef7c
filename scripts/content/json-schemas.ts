import { toJsonSchema } from '@valibot/to-json-schema';
import { ArticleSchema } from '../../src/features/articles/model/article-schema.ts';
import { FeedPageSchema } from '../../src/features/articles/model/feed-schema.ts';

/**
 * The API's contract as JSON Schema, generated from the schemas the reader itself parses with,
 * so the published contract and the code cannot drift apart. Checks JSON Schema cannot express
 * (URL schemes, real calendar dates, page ≤ pageCount) are described in docs/api.md.
 */
export function jsonSchemas(): Record<string, unknown> {
  const base = 'https://schemas.invalid/news-reader/v1';
  return {
    'schema/article.json': {
      $id: `${base}/article.json`,
      title: 'Article',
      ...toJsonSchema(ArticleSchema, { errorMode: 'ignore' }),
    },
    'schema/feed-page.json': {
      $id: `${base}/feed-page.json`,
      title: 'Feed page',
      ...toJsonSchema(FeedPageSchema, { errorMode: 'ignore' }),
    },
  };
}
