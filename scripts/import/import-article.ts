/**
 * npm run import -- FILE --lang ru|ky --published YYYY-MM-DD [--id ID] [--force] [--content DIR]
 *
 * Turns a raw story text into one valid article in content/articles/, printing the path.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { ArticleSchema, type Article } from '../../src/shared/contract/article-schema.ts';
import { isLang } from '../../src/shared/i18n/languages.ts';
import { IdSchema } from '../../src/shared/lib/schema-primitives.ts';
import { ImportError, parseRawArticle } from './parse-raw-article.ts';

const USAGE =
  'usage: npm run import -- FILE --lang ru|ky --published YYYY-MM-DD [--id ID] [--force] [--content DIR]';

export interface ImportOptions {
  file: string;
  lang: string | undefined;
  published: string | undefined;
  id?: string | undefined;
  force?: boolean | undefined;
  contentDir?: string | undefined;
}

async function existingArticles(dir: string): Promise<Map<string, Article>> {
  const articles = new Map<string, Article>();
  if (!existsSync(dir)) return articles;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json')) continue;
    const parsed = v.safeParse(
      ArticleSchema,
      JSON.parse(await readFile(path.join(dir, name), 'utf8')),
    );
    if (parsed.success) articles.set(name, parsed.output);
  }
  return articles;
}

/** The next free numeric id: one above the highest numeric id in the folder. */
export function nextFreeId(ids: Iterable<string>): string {
  let highest = 1000;
  for (const id of ids) if (/^[0-9]+$/.test(id)) highest = Math.max(highest, Number(id));
  return String(highest + 1);
}

/** Imports one raw story; returns the path written. Throws ImportError on bad input. */
export async function importArticle(options: ImportOptions): Promise<string> {
  if (!isLang(options.lang)) {
    throw new ImportError(`unknown language "${String(options.lang)}": use --lang ru or --lang ky`);
  }
  if (options.published === undefined) throw new ImportError('missing --published YYYY-MM-DD');
  if (options.id !== undefined && !v.is(IdSchema, options.id)) {
    throw new ImportError(
      `invalid id "${String(options.id)}": lowercase letters, digits and hyphens only`,
    );
  }
  let text: string;
  try {
    text = await readFile(options.file, 'utf8');
  } catch {
    throw new ImportError(`cannot read ${options.file}`);
  }
  const dir = path.join(options.contentDir ?? 'content', 'articles');
  const existing = await existingArticles(dir);
  const id = options.id ?? nextFreeId([...existing.values()].map((article) => article.id));
  const article = parseRawArticle(text, { id, lang: options.lang, published: options.published });
  const target = path.join(dir, `${id}.json`);
  const previous = existing.get(`${id}.json`);

  if (existsSync(target) && !options.force) {
    throw new ImportError(`${target} already exists: pass --force to overwrite it`);
  }
  for (const [name, other] of existing) {
    if (other.id !== id && other.lang === article.lang && other.slug === article.slug) {
      throw new ImportError(
        `this story is already in ${path.join(dir, name)} (same slug): pass --id ${other.id} --force to replace it`,
      );
    }
  }
  // Editorial links the raw text cannot carry survive a re-import.
  const { translations, ...fields } = article;
  const merged = {
    ...fields,
    ...(previous?.lead ? { lead: previous.lead } : {}),
    ...(previous?.rubric ? { rubric: previous.rubric } : {}),
    ...(previous?.tags ? { tags: previous.tags } : {}),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
    ...(previous && Object.keys(previous.translations).length > 0
      ? { translations: previous.translations }
      : {}),
  } satisfies Partial<Article>;
  await mkdir(dir, { recursive: true });
  await writeFile(target, `${JSON.stringify(merged, null, 2)}\n`);
  return target;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        published: { type: 'string' },
        id: { type: 'string' },
        force: { type: 'boolean' },
        content: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  try {
    const written = await importArticle({
      file,
      lang: parsed.values.lang,
      published: parsed.values.published,
      id: parsed.values.id,
      force: parsed.values.force,
      contentDir: parsed.values.content,
    });
    console.log(written);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  process.exitCode = await main(process.argv.slice(2));
}
