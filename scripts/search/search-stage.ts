import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import * as v from 'valibot';
import { articleFile } from '../../src/shared/contract/api-files.ts';
import { LANGS, type Lang } from '../../src/shared/i18n/languages.ts';
import {
  SEARCH_PART_SIZE,
  searchPartFile,
  searchPartsFile,
} from '../../src/shared/search/search-index.ts';
import { newestFirst } from '../content/feeds.ts';
import type { LoadedContent } from '../content/load-stage.ts';
import type { Story } from '../content/load-sources.ts';
import { hashBytes, type BuildCache } from '../pipeline/build-cache.ts';
import { codeFingerprint } from '../pipeline/code-fingerprint.ts';
import { SearchableSchema, searchDocument } from './search-documents.ts';

/**
 * Stage "search index": each edition's stories indexed by Pagefind (decision 050) and
 * published as static files in `search-index/{lang}/`, which the app's search reads in the
 * browser. Pagefind builds an index whole, so an edition's index is cut into parts of
 * SEARCH_PART_SIZE stories numbered from the oldest (decision 053), like the feeds' pages: a
 * new story changes the newest part alone, an edited one its own part. A part whose stories
 * did not change is kept as it is; of what a part indexed again writes, only the files whose
 * bytes changed are written.
 */

const SearchUnitSchema = v.object({
  /** A key of the part's stories and their versions. */
  key: v.string(),
  files: v.array(v.string()),
  /** The part's version, as parts.json lists it: a hash of its Pagefind entry. */
  version: v.string(),
});

/** Pagefind's files the reader needs: its JS API, its worker, its index. Not its own UI. */
function isPublished(file: string, wasm: string): boolean {
  if (['fragment/', 'index/', 'filter/'].some((dir) => file.startsWith(dir))) return true;
  if (file.endsWith('.pf_meta')) return true;
  return ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', wasm].includes(file);
}

const EntrySchema = v.object({
  languages: v.record(v.string(), v.object({ wasm: v.nullish(v.string()) })),
});

/** How many stories are sent to Pagefind before waiting for its answers. */
const IN_FLIGHT = 256;

/** Part `part` of an edition's index: its Pagefind bundle, by file below the site's root. */
async function indexPart(
  lang: Lang,
  part: number,
  stories: readonly Story[],
  apiDir: string,
): Promise<Map<string, Uint8Array>> {
  const created = await pagefind.createIndex({ forceLanguage: lang });
  const { index } = created;
  const where = `search index (${lang}, part ${part})`;
  if (!index) throw new Error(`${where}: ${created.errors.join('; ')}`);
  const errors: string[] = [];
  let pending: Promise<void>[] = [];
  for (const story of stories) {
    const file = path.join(apiDir, articleFile(story.item.id));
    const searchable = v.parse(SearchableSchema, JSON.parse(readFileSync(file, 'utf8')));
    pending.push(
      index.addHTMLFile(searchDocument(story, searchable, part)).then((added) => {
        errors.push(...added.errors);
      }),
    );
    if (pending.length >= IN_FLIGHT) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  const written = await index.getFiles();
  errors.push(...written.errors);
  await index.deleteIndex();
  if (errors.length > 0) throw new Error(`${where}: ${errors.join('; ')}`);
  const entry = written.files.find((file) => file.path === 'pagefind-entry.json');
  const languages = entry
    ? v.parse(EntrySchema, JSON.parse(Buffer.from(entry.content).toString('utf8'))).languages
    : {};
  const wasm = `wasm.${Object.values(languages)[0]?.wasm ?? 'unknown'}.pagefind`;
  return new Map(
    written.files
      .filter((file) => isPublished(file.path, wasm))
      .map((file) => [searchPartFile(lang, part, file.path), file.content]),
  );
}

/**
 * An edition's stories in parts of `size`, from the oldest published (then by id): a part
 * that is full changes only when one of its stories is edited, removed or dated earlier.
 */
export function searchParts(stories: readonly Story[], size: number): Story[][] {
  // The feeds' order, reversed (decision 021): parts and archive pages are numbered alike.
  const oldestFirst = [...stories].sort((a, b) => newestFirst(b.item, a.item));
  const parts: Story[][] = [];
  for (let start = 0; start < oldestFirst.length; start += size) {
    parts.push(oldestFirst.slice(start, start + size));
  }
  return parts;
}

export async function searchStage({
  cache,
  apiDir,
  content,
  partSize = SEARCH_PART_SIZE,
}: {
  cache: BuildCache;
  apiDir: string;
  content: LoadedContent;
  partSize?: number;
}): Promise<void> {
  const code = codeFingerprint([new URL(import.meta.url)], {
    api: path.relative(cache.siteDir, apiDir),
    partSize,
  });
  const record = cache.stage('search', code, SearchUnitSchema);
  const { outputs } = record;
  // No story changed since the last build: every index is as it was.
  if (record.keptAsBefore(content.key)) {
    record.finish();
    return;
  }
  try {
    for (const lang of LANGS) {
      const parts = searchParts(
        [...content.stories.values()].filter((story) => story.item.lang === lang),
        partSize,
      );
      const versions: string[] = [];
      for (const [part, stories] of parts.entries()) {
        const unit = `${lang}/${part}`;
        const key = hashBytes(
          stories
            .map(({ item }) => `${item.id}\0${content.files.get(articleFile(item.id)) ?? ''}`)
            .join('\n'),
        );
        const before = record.previous.get(unit);
        if (before?.key === key && before.files.every((file) => outputs.keep(file))) {
          record.units.set(unit, before);
          versions.push(before.version);
          continue;
        }
        const files = await indexPart(lang, part, stories, apiDir);
        for (const [file, bytes] of files) outputs.write(file, bytes);
        const entry = files.get(searchPartFile(lang, part, 'pagefind-entry.json'));
        const version = hashBytes(entry ?? '').slice(0, 16);
        record.units.set(unit, { key, files: [...files.keys()], version });
        versions.push(version);
      }
      outputs.write(searchPartsFile(lang), JSON.stringify({ parts: versions }));
    }
  } finally {
    await pagefind.close();
  }
  record.finish();
}
