import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import * as v from 'valibot';
import { articleFile } from '../../src/shared/contract/api-files.ts';
import { LANGS, type Lang } from '../../src/shared/i18n/languages.ts';
import { SEARCH_INDEX_DIR } from '../../src/shared/search/search-text.ts';
import type { LoadedContent } from '../content/load-stage.ts';
import type { Story } from '../content/load-sources.ts';
import { hashBytes, type BuildCache } from '../pipeline/build-cache.ts';
import { codeFingerprint } from '../pipeline/code-fingerprint.ts';
import { SearchableSchema, searchDocument } from './search-documents.ts';

/**
 * Stage "search index": each edition's stories indexed by Pagefind (decision 050) and
 * published as static files in `search-index/{lang}/`, which the app's search reads in the
 * browser. Pagefind builds an index whole, so an edition is indexed again when one of its
 * stories was published, edited or removed, and kept as it is otherwise; of what it writes,
 * only the files whose bytes changed are written.
 */

const SearchUnitSchema = v.object({
  /** A key of the edition's stories and their versions. */
  key: v.string(),
  files: v.array(v.string()),
});

/** Pagefind's files the reader needs: its JS API, its worker, its index. Not its own UI. */
function isPublished(file: string, wasm: string): boolean {
  if (file.startsWith('fragment/') || file.startsWith('index/')) return true;
  if (file.endsWith('.pf_meta')) return true;
  return ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', wasm].includes(file);
}

const EntrySchema = v.object({
  languages: v.record(v.string(), v.object({ wasm: v.nullish(v.string()) })),
});

/** How many stories are sent to Pagefind before waiting for its answers. */
const IN_FLIGHT = 256;

async function indexEdition(
  lang: Lang,
  stories: readonly Story[],
  apiDir: string,
): Promise<Map<string, Uint8Array>> {
  const created = await pagefind.createIndex({ forceLanguage: lang });
  const { index } = created;
  if (!index) throw new Error(`search index (${lang}): ${created.errors.join('; ')}`);
  const errors: string[] = [];
  let pending: Promise<void>[] = [];
  for (const story of stories) {
    const file = path.join(apiDir, articleFile(story.item.id));
    const searchable = v.parse(SearchableSchema, JSON.parse(readFileSync(file, 'utf8')));
    pending.push(
      index.addHTMLFile(searchDocument(story, searchable)).then((added) => {
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
  if (errors.length > 0) throw new Error(`search index (${lang}): ${errors.join('; ')}`);
  const entry = written.files.find((file) => file.path === 'pagefind-entry.json');
  const languages = entry
    ? v.parse(EntrySchema, JSON.parse(Buffer.from(entry.content).toString('utf8'))).languages
    : {};
  const wasm = `wasm.${Object.values(languages)[0]?.wasm ?? 'unknown'}.pagefind`;
  return new Map(
    written.files
      .filter((file) => isPublished(file.path, wasm))
      .map((file) => [`${SEARCH_INDEX_DIR}/${lang}/${file.path}`, file.content]),
  );
}

export async function searchStage({
  cache,
  apiDir,
  content,
}: {
  cache: BuildCache;
  apiDir: string;
  content: LoadedContent;
}): Promise<{ indexed: Lang[] }> {
  const code = codeFingerprint([new URL(import.meta.url)], {
    api: path.relative(cache.siteDir, apiDir),
  });
  const record = cache.stage('search', code, SearchUnitSchema);
  const { outputs } = record;
  // No story changed since the last build: every index is as it was.
  if (record.keptAsBefore(content.key)) {
    record.finish();
    return { indexed: [] };
  }
  const indexed: Lang[] = [];
  try {
    for (const lang of LANGS) {
      const stories = [...content.stories.values()]
        .filter((story) => story.item.lang === lang)
        .sort((a, b) => (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
      const key = hashBytes(
        stories
          .map(({ item }) => `${item.id}\0${content.files.get(articleFile(item.id)) ?? ''}`)
          .join('\n'),
      );
      const before = record.previous.get(lang);
      if (before?.key === key && before.files.every((file) => outputs.keep(file))) {
        record.units.set(lang, before);
        continue;
      }
      const files = await indexEdition(lang, stories, apiDir);
      for (const [file, bytes] of files) outputs.write(file, bytes);
      record.units.set(lang, { key, files: [...files.keys()] });
      indexed.push(lang);
    }
  } finally {
    await pagefind.close();
  }
  record.finish();
  return { indexed };
}
