import path from 'node:path';
import * as v from 'valibot';
import { ArticleSchema, type Article } from '../../src/features/articles/model/article-schema.ts';
import { describeIssues } from '../../src/shared/lib/schema-primitives.ts';

/** Every problem found in the content, each naming its file and field. */
export class ContentError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid content:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Parses one file's text into an article, or the problems that keep it from being one. */
export function parseArticleFile(
  file: string,
  text: string,
): { article: Article; problems: [] } | { article?: undefined; problems: string[] } {
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
  const result = v.safeParse(ArticleSchema, json);
  if (!result.success) {
    return { problems: describeIssues(result.issues).map((issue) => `${file}: ${issue}`) };
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

/** What cross-checks need of an article; a whole one will do. */
interface Checkable {
  file: string;
  article: Pick<Article, 'id' | 'lang' | 'translations'>;
}

/** Checks that hold across articles: unique ids, and translations that point at a real story. */
export function crossCheck(files: readonly Checkable[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Checkable>();
  for (const entry of files) {
    const earlier = byId.get(entry.article.id);
    if (earlier)
      problems.push(`${entry.file}: id: "${entry.article.id}" is also the id of ${earlier.file}`);
    else byId.set(entry.article.id, entry);
  }
  for (const { file, article } of files) {
    for (const [lang, id] of Object.entries(article.translations)) {
      const target = byId.get(id);
      if (!target) {
        problems.push(`${file}: translations.${lang}: no article has the id "${id}"`);
      } else if (target.article.lang !== lang) {
        problems.push(
          `${file}: translations.${lang}: article "${id}" (${target.file}) is in "${target.article.lang}", not "${lang}"`,
        );
      }
    }
  }
  return problems;
}
