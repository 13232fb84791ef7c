import * as v from 'valibot';

/** Vite's build manifest (build.manifest), as far as the size check reads it. */
export const ManifestSchema = v.record(
  v.string(),
  v.object({
    file: v.string(),
    name: v.optional(v.string()),
    isEntry: v.optional(v.boolean()),
    imports: v.optional(v.array(v.string())),
    dynamicImports: v.optional(v.array(v.string())),
  }),
);
export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** The entry's file and every file it imports statically, each once. */
export function firstLoadFiles(manifest: Manifest, entry = 'index.html'): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk "${key}"`);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return files;
}

/**
 * A route's own code (`src/features/<feature>/routes/`), which the router loads when a reader
 * opens that route (search), never on a story or a feed.
 */
const ROUTE_CHUNK = /^src\/features\/[^/]+\/routes\//;

/**
 * Every script a story or a feed loads on a reader's first visit without a tap: the entry and
 * its imports, `catalogue` (the page's edition's strings, loaded before the app starts) and what
 * the entry loads on its own once it runs (the extras, the service worker's registration): every
 * dynamic import of the entry that is neither one of `catalogues` nor a route's own. Each once.
 */
export function firstVisitFiles(
  manifest: Manifest,
  catalogue: string,
  catalogues: readonly string[],
): string[] {
  const entry = manifest['index.html'];
  const started = (entry?.dynamicImports ?? []).filter(
    (key) => !catalogues.includes(key) && !ROUTE_CHUNK.test(key),
  );
  const files = [catalogue, ...started].flatMap((key) => firstLoadFiles(manifest, key));
  return [...new Set([...firstLoadFiles(manifest), ...files])];
}

/**
 * The chunk the extras load in once the app runs (vite.config.ts, decision 016). One name for
 * the config and the bundle check: renamed in one alone, the check would find no such chunk and
 * pass whatever the first load held.
 */
export const EXTRAS_CHUNK = 'extras';

/** Those of `files` that are the chunk named `name` (a chunk group of vite.config.ts). */
export function filesOfChunk(manifest: Manifest, files: readonly string[], name: string): string[] {
  const named = new Set(
    Object.values(manifest)
      .filter((chunk) => chunk.name === name)
      .map((chunk) => chunk.file),
  );
  return files.filter((file) => named.has(file));
}
