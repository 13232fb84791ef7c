/**
 * Writes the suite's fixture articles to e2e/.generated/content, one JSON file per story, checked
 * against the app's own article schema so a bad fixture fails here with the field named.
 *
 *   npx tsx e2e/support/generate-content.ts
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { ArticleSchema } from '../../src/shared/contract/article-schema.ts';
import { describeIssues } from '../../src/shared/lib/schema-primitives.ts';
import { FIXTURE_ARTICLES, FIXTURE_CONTENT_DIR, KY_FIXTURE_ARTICLES } from './fixture-articles.ts';

const dir = path.resolve(FIXTURE_CONTENT_DIR);
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });

const articles = [...FIXTURE_ARTICLES, ...KY_FIXTURE_ARTICLES];
for (const article of articles) {
  const result = v.safeParse(ArticleSchema, article);
  if (!result.success) {
    throw new Error(
      `Fixture article ${article.id} is invalid:\n${describeIssues(result.issues).join('\n')}`,
    );
  }
  await writeFile(path.join(dir, `${article.id}.json`), `${JSON.stringify(article, null, 2)}\n`);
}

console.log(`Wrote ${articles.length} fixture articles to ${FIXTURE_CONTENT_DIR}`);
