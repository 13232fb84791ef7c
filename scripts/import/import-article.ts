/**
 * npm run import -- FILE --lang ru|ky --published YYYY-MM-DD [--id ID] [--force] [--content DIR]
 *                    [--image PHOTO --alt TEXT [--caption TEXT] [--credit TEXT]]
 *
 * Turns a raw story text into one valid article in content/articles/, printing the path. With
 * --image, the photo is checked as the build checks it, copied into content/media/ and made the
 * story's lead picture.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import {
  SourceArticleSchema,
  type SourceArticle,
  type SourcePicture,
} from '../../src/shared/contract/article-schema.ts';
import sharp from 'sharp';
import { readPicture } from '../pictures/read-picture.ts';
import { isLang } from '../../src/shared/i18n/languages.ts';
import { IdSchema } from '../../src/shared/lib/schema-primitives.ts';
import { ImportError, parseRawArticle } from './parse-raw-article.ts';

const USAGE =
  'usage: npm run import -- FILE --lang ru|ky --published YYYY-MM-DD [--id ID] [--force] [--content DIR] [--image PHOTO --alt TEXT [--caption TEXT] [--credit TEXT]]';

export interface ImportOptions {
  file: string;
  lang: string | undefined;
  published: string | undefined;
  id?: string | undefined;
  force?: boolean | undefined;
  contentDir?: string | undefined;
  /** A photo to make the story's lead picture, described by `alt`. */
  image?: string | undefined;
  alt?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
}

const EXTENSIONS: Record<string, string> = {
  jpeg: '.jpg',
  png: '.png',
  webp: '.webp',
  heif: '.avif',
};

/**
 * Checks the photo as the build will (read-picture.ts) and copies it into the content's media/
 * folder, named after the story and the photo's bytes; returns the lead picture to set.
 */
async function importPhoto(options: ImportOptions, contentDir: string, id: string) {
  const { image, alt, caption, credit } = options;
  if (image === undefined) {
    if (alt !== undefined || caption !== undefined || credit !== undefined) {
      throw new ImportError('--alt, --caption and --credit describe a photo: pass it with --image');
    }
    return undefined;
  }
  if (alt === undefined || alt.trim() === '') {
    throw new ImportError(`--image ${image} needs --alt TEXT: say what the photo shows`);
  }
  const reading = await readPicture(image);
  if (reading.problem !== undefined) throw new ImportError(`${image}: ${reading.problem}`);
  const { format } = await sharp(image).metadata();
  const name = `${id}-${reading.facts.stem.slice(0, 8)}${EXTENSIONS[format] ?? '.jpg'}`;
  await mkdir(path.join(contentDir, 'media'), { recursive: true });
  await copyFile(image, path.join(contentDir, 'media', name));
  const picture: SourcePicture = { src: `media/${name}`, alt: alt.trim() };
  if (caption?.trim()) picture.caption = caption.trim();
  if (credit?.trim()) picture.credit = credit.trim();
  return picture;
}

async function existingArticles(dir: string): Promise<Map<string, SourceArticle>> {
  const articles = new Map<string, SourceArticle>();
  if (!existsSync(dir)) return articles;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json')) continue;
    const parsed = v.safeParse(
      SourceArticleSchema,
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
  const contentDir = options.contentDir ?? 'content';
  const dir = path.join(contentDir, 'articles');
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
  const image = (await importPhoto(options, contentDir, id)) ?? previous?.image;
  // Editorial links the raw text cannot carry survive a re-import.
  const { translations, ...fields } = article;
  const merged = {
    ...fields,
    ...(previous?.lead ? { lead: previous.lead } : {}),
    ...(image ? { image } : {}),
    ...(previous?.rubric ? { rubric: previous.rubric } : {}),
    ...(previous?.tags ? { tags: previous.tags } : {}),
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
    ...(previous && Object.keys(previous.translations).length > 0
      ? { translations: previous.translations }
      : {}),
  } satisfies Partial<SourceArticle>;
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
        image: { type: 'string' },
        alt: { type: 'string' },
        caption: { type: 'string' },
        credit: { type: 'string' },
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
      image: parsed.values.image,
      alt: parsed.values.alt,
      caption: parsed.values.caption,
      credit: parsed.values.credit,
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
