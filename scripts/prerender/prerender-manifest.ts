import { createHash, randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { lstat, readdir, readFile, rmdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { LANGS } from '../../src/shared/i18n/languages.ts';
import { openJsonLines, readJsonLines } from '../lib/json-lines.ts';

/**
 * What the last prerender wrote, so a re-run renders only the pages whose inputs changed (see
 * docs/decisions/010). A page's HTML is a function of its URL, the API files its queries read,
 * the template and the server bundle: the manifest remembers each page's input files with their
 * size and mtime (the content build rewrites a file only when its bytes change), and the build's
 * fingerprint. A token in the site folder ties the two together, as for the content build.
 */

const MANIFEST_VERSION = 1;
export const PRERENDER_TOKEN = '.prerender';

/** An input: its path below the API root, mtime and size (-1, -1 when there was no file). */
const InputSchema = v.tuple([v.string(), v.number(), v.number()]);
const PageEntrySchema = v.object({
  url: v.string(),
  file: v.string(),
  inputs: v.array(InputSchema),
});
export type PageEntry = v.InferOutput<typeof PageEntrySchema>;

const HeaderSchema = v.object({
  version: v.literal(MANIFEST_VERSION),
  token: v.string(),
  build: v.string(),
});
const LineSchema = v.object({ page: PageEntrySchema });

/** The code around the server bundle that decides what a page is rendered from. */
const LOGIC_FILES = [
  './prerender.ts',
  './page-files.ts',
  './prerender-worker.ts',
  './built-api-data.ts',
  '../../src/app/ssr/api-file-of-query.ts',
  '../lib/utf8.ts',
];

/** Everything but the content that a page depends on: a change renders every page afresh. */
export async function buildFingerprint(parts: {
  template: string;
  serverEntry: string;
  origin: string;
  apiBase: string;
}): Promise<string> {
  const hash = createHash('sha1');
  hash.update(`${parts.origin}\n${parts.apiBase}\n${parts.template}\n`);
  hash.update(await readFile(parts.serverEntry));
  for (const file of LOGIC_FILES) hash.update(await readFile(new URL(file, import.meta.url)));
  return hash.digest('base64url');
}

export function defaultManifestFile(siteDir: string): string {
  const key = createHash('sha1').update(path.resolve(siteDir)).digest('hex').slice(0, 16);
  return path.join('node_modules', '.cache', 'prerender', `${key}.jsonl`);
}

/** The last prerender's pages by URL, or undefined when it cannot be trusted for this site. */
export async function readPrerenderManifest(
  manifestFile: string,
  siteDir: string,
  build: string,
): Promise<Map<string, PageEntry> | undefined> {
  let token: string;
  try {
    token = (await readFile(path.join(siteDir, PRERENDER_TOKEN), 'utf8')).trim();
  } catch {
    return undefined;
  }
  if (!existsSync(manifestFile)) return undefined;
  const pages = new Map<string, PageEntry>();
  let header = true;
  try {
    for await (const line of readJsonLines(manifestFile)) {
      if (header) {
        const parsed = v.safeParse(HeaderSchema, line);
        if (!parsed.success || parsed.output.token !== token || parsed.output.build !== build) {
          return undefined;
        }
        header = false;
        continue;
      }
      const parsed = v.safeParse(LineSchema, line);
      if (!parsed.success) return undefined;
      pages.set(parsed.output.page.url, parsed.output.page);
    }
  } catch {
    return undefined;
  }
  return header ? undefined : pages;
}

/** The site folder's entries that hold prerendered pages (see fileForPath, notFoundPages). */
export function prerenderedTops(): string[] {
  return [...LANGS, '404.html', PRERENDER_TOKEN];
}

/** Whether `error` is the file system's `code`: the ones a removal may expect, and only those. */
function isFsError(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
}

/**
 * Removes the prerendered pages that are not `keep` (paths below the site folder, as
 * fileForPath gives them), and the folders left empty; returns how many pages it removed. A full
 * render writes over the pages it renders and removes the rest only after: deleting every page
 * first made each one written after it cost ten times as much on this machine's disk (ext4
 * without a journal skips recently freed inodes, see docs/performance.md). Only page files
 * (`.html`) are removed, and a linked folder is not followed.
 */
export async function removePagesExcept(
  siteDir: string,
  keep: ReadonlySet<string>,
): Promise<number> {
  const files = ['404.html'];
  const dirs: string[] = [];
  for (const lang of LANGS) {
    files.push(path.join(lang, 'index.html'), path.join(lang, '404.html'));
    for (const name of ['news', 'page', 'rubric']) {
      const top = path.join(lang, name);
      const info = await lstat(path.join(siteDir, top)).catch((error: unknown) => {
        if (isFsError(error, 'ENOENT')) return undefined;
        throw error;
      });
      if (!info?.isDirectory()) continue;
      dirs.push(top);
      for (const entry of await readdir(path.join(siteDir, top), {
        recursive: true,
        withFileTypes: true,
      })) {
        const relative = path.relative(siteDir, path.join(entry.parentPath, entry.name));
        if (entry.isDirectory()) dirs.push(relative);
        else if (entry.name.endsWith('.html')) files.push(relative);
      }
    }
  }
  const gone = files.filter((file) => !keep.has(file.split(path.sep).join('/')));
  let removed = 0;
  for (const file of gone) {
    try {
      await unlink(path.join(siteDir, file));
      removed++;
    } catch (error) {
      if (!isFsError(error, 'ENOENT')) throw error;
    }
  }
  // Deepest first, so that a folder emptied of folders goes too; one still holding files stays.
  for (const dir of dirs.sort((a, b) => b.length - a.length)) {
    try {
      await rmdir(path.join(siteDir, dir));
    } catch (error) {
      if (!isFsError(error, 'ENOTEMPTY', 'EEXIST')) throw error;
    }
  }
  return removed;
}

/**
 * Input signatures. A feed page is looked at once per run (many pages share one); a story's
 * file, read by two pages at most, is not remembered, so memory stays small.
 */
export function inputSignatures(apiDir: string) {
  const feeds = new Map<string, [number, number]>();
  const signature = (relative: string): [number, number] => {
    const remembered = feeds.get(relative);
    if (remembered) return remembered;
    // Synchronous: one stat is far cheaper than its trip through libuv's thread pool.
    const info = statSync(path.join(apiDir, relative), { throwIfNoEntry: false });
    const found: [number, number] = info ? [info.mtimeMs, info.size] : [-1, -1];
    if (!relative.startsWith('articles/')) feeds.set(relative, found);
    return found;
  };
  return {
    /** The inputs as the manifest records them. */
    of: (relatives: readonly string[]) =>
      relatives.map((relative): v.InferOutput<typeof InputSchema> => {
        const [mtimeMs, size] = signature(relative);
        return [relative, mtimeMs, size];
      }),
    /** Whether every input is as it was when the page was rendered. */
    unchanged: (inputs: PageEntry['inputs']) => {
      for (const [relative, mtimeMs, size] of inputs) {
        const [nowMtime, nowSize] = signature(relative);
        if (nowMtime !== mtimeMs || nowSize !== size) return false;
      }
      return true;
    },
  };
}

/**
 * The manifest, written a page at a time as pages are kept or rendered (never all in memory);
 * the token that makes it trusted is written last.
 */
export async function openPrerenderManifest(manifestFile: string, build: string) {
  const token = randomUUID();
  const lines = await openJsonLines(manifestFile);
  await lines.put({ version: MANIFEST_VERSION, token, build });
  return {
    put: (page: PageEntry) => lines.put({ page }),
    finish: async (siteDir: string) => {
      await lines.close();
      await writeFile(path.join(siteDir, PRERENDER_TOKEN), token);
    },
  };
}
