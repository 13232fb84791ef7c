/**
 * Writes the suite's fixture articles to e2e/.generated/content, one JSON file per story, checked
 * against the app's own article schema so a bad fixture fails here with the field named.
 *
 *   npx tsx e2e/support/generate-content.ts
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { SourceArticleSchema } from '../../src/shared/contract/article-schema.ts';
import { describeIssues } from '../../src/shared/lib/schema-primitives.ts';
import { drawPhoto } from '../../scripts/pictures/test-support/photos.ts';
import {
  FIXTURE_ARTICLES,
  FIXTURE_CONTENT_DIR,
  KY_FIXTURE_ARTICLES,
  PHOTO_ARTICLE,
} from './fixture-articles.ts';

const dir = path.resolve(FIXTURE_CONTENT_DIR);
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });

const articles = [...FIXTURE_ARTICLES, ...KY_FIXTURE_ARTICLES];
for (const article of articles) {
  const result = v.safeParse(SourceArticleSchema, article);
  if (!result.success) {
    throw new Error(
      `Fixture article ${article.id} is invalid:\n${describeIssues(result.issues).join('\n')}`,
    );
  }
  await writeFile(path.join(dir, `${article.id}.json`), `${JSON.stringify(article, null, 2)}\n`);
}

// The photo is drawn, never a real one; the build reads it from the content's media/ folder.
const photo = path.join(dir, PHOTO_ARTICLE.image.src);
await mkdir(path.dirname(photo), { recursive: true });
await (
  await drawPhoto(PHOTO_ARTICLE.width, PHOTO_ARTICLE.height)
)
  .jpeg({ quality: 85 })
  .toFile(photo);

console.log(`Wrote ${articles.length} fixture articles to ${FIXTURE_CONTENT_DIR}`);
