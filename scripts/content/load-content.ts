import path from 'node:path';
import * as v from 'valibot';
import {
  SourceArticleSchema,
  type SourceArticle,
} from '../../src/shared/contract/article-schema.ts';
import { describeIssues } from '../../src/shared/lib/schema-primitives.ts';

/** Parses one file's text into an article, or the problems that keep it from being one. */
export function parseArticleFile(
  file: string,
  text: string,
): { article: SourceArticle; problems: [] } | { article?: undefined; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      problems: [
        `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      ],
    };
  }
  const result = v.safeParse(SourceArticleSchema, json);
  if (!result.success) {
    return { problems: describeIssues(result.issues).map((issue) => `${file}: ${issue}`) };
  }
  // The story's folder has a page of its own named index (see scripts/prerender/page-files.ts).
  if (result.output.slug === 'index') {
    return { problems: [`${file}: slug: must not be "index", a name the site keeps for itself`] };
  }
  const expectedName = `${result.output.id}.json`;
  if (path.basename(file) !== expectedName) {
    return {
      problems: [
        `${file}: id: the file of article "${result.output.id}" must be named ${expectedName}`,
      ],
    };
  }
  return { article: result.output, problems: [] };
}

/** What the checks across stories need of each. */
export interface Checkable {
  file: string;
  story: Pick<SourceArticle, 'id' | 'lang' | 'slug' | 'translations'>;
}

/**
 * Checks that hold across stories: unique ids, unique slugs within an edition, and
 * translations that point at a story in that language. Also gives the ids claimed twice.
 */
export function checkAcross(entries: Iterable<Checkable>): {
  problems: string[];
  duplicateIds: Set<string>;
} {
  const problems: string[] = [];
  const duplicateIds = new Set<string>();
  const byId = new Map<string, Checkable>();
  const bySlug = new Map<string, string>();
  const all = [...entries];
  for (const entry of all) {
    const { id, lang, slug } = entry.story;
    const earlier = byId.get(id);
    if (earlier) {
      problems.push(`${entry.file}: id: "${id}" is also the id of ${earlier.file}`);
      duplicateIds.add(id);
    } else {
      byId.set(id, entry);
    }
    const earlierSlug = bySlug.get(`${lang}/${slug}`);
    if (earlierSlug) {
      problems.push(`${entry.file}: slug: "${slug}" is also the slug of ${earlierSlug} (${lang})`);
    } else {
      bySlug.set(`${lang}/${slug}`, entry.file);
    }
  }
  for (const { file, story } of all) {
    for (const [lang, id] of Object.entries(story.translations)) {
      const target = byId.get(id);
      if (!target) {
        problems.push(`${file}: translations.${lang}: no article has the id "${id}"`);
      } else if (target.story.lang !== lang) {
        problems.push(
          `${file}: translations.${lang}: article "${id}" (${target.file}) is in "${target.story.lang}", not "${lang}"`,
        );
      }
    }
  }
  return { problems, duplicateIds };
}
