import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import type { Plugin } from 'vite';
import { hashBytes, type BuildCache } from '../pipeline/build-cache.ts';
import { codeFingerprint } from '../pipeline/code-fingerprint.ts';

/**
 * Stage "app": the reader's code, bundled by Vite for the browser and for the server render.
 * The bundles do not depend on the stories, so they are kept apart from any one site
 * (node_modules/.cache/news-build/app) and made again only when a file of their module graph
 * changed (as Vite itself listed them), or the Vite configuration's, a dependency, a public
 * file or a setting did. Publishing a story then bundles nothing: the site gets the kept bundles.
 */

export interface AppSettings {
  /** What the bundles are built with: the API base, the site's settings, VITE_ variables. */
  settings: Record<string, unknown>;
  /** Where the kept bundles live; shared by every site folder. */
  appCacheDir?: string;
}

export interface BuiltApp {
  /** The server bundle, built from src/entry-server.tsx. */
  serverEntry: string;
  /** The app's index.html, which every prerendered page fills. */
  template: string;
  /** Whether the bundles were made in this build (else kept from an earlier one). */
  bundled: boolean;
  /** A fingerprint of the bundles, for what is made from them (the service worker). */
  code: string;
}

const DEFAULT_APP_CACHE = path.join('node_modules', '.cache', 'news-build', 'app');

/** What the kept bundles were made from. */
const BundleRecordSchema = v.object({
  code: v.string(),
  /** The project's files in the bundles' module graphs, and public/, as Vite listed them. */
  modules: v.array(v.string()),
  modulesHash: v.string(),
});

function hashFiles(files: readonly string[]): string | undefined {
  const parts: string[] = [];
  for (const file of files) {
    if (!existsSync(file)) return undefined;
    parts.push(`${file}\0${hashBytes(readFileSync(file))}`);
  }
  return hashBytes(parts.join('\n'));
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Collects the project's modules Vite bundled (its own list, not one kept by hand). */
function moduleGraphOf(root: string, modules: Set<string>): Plugin {
  return {
    name: 'news-reader:module-graph',
    buildEnd() {
      for (const id of this.getModuleIds()) {
        const file = id.split('?')[0] ?? id;
        if (
          file.startsWith(`${root}${path.sep}`) &&
          !file.includes(`${path.sep}node_modules${path.sep}`)
        ) {
          modules.add(path.relative(root, file));
        }
      }
    },
  };
}

async function bundle(clientDir: string, serverDir: string): Promise<string[]> {
  const { build } = await import('vite');
  const root = process.cwd();
  const modules = new Set<string>();
  // The bundles are production builds whoever asks for them (a test runner sets "test"), so the
  // ones kept are the ones every build gets.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await bundleWith(build, root, modules, clientDir, serverDir);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return [...modules, ...listFiles('public').map((file) => path.join('public', file))].sort();
}

/** The bundler's note on slow plugins names the Zopfli compression, which is slow by choice. */
const QUIET = { pluginTimings: false };

async function bundleWith(
  build: typeof import('vite').build,
  root: string,
  modules: Set<string>,
  clientDir: string,
  serverDir: string,
): Promise<void> {
  await build({
    logLevel: 'warn',
    build: { outDir: clientDir, emptyOutDir: true, rolldownOptions: { checks: QUIET } },
    plugins: [moduleGraphOf(root, modules)],
  });
  await build({
    logLevel: 'warn',
    build: {
      ssr: 'src/entry-server.tsx',
      outDir: serverDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: {
        checks: QUIET,
        // The server holds every catalogue (all-catalogues.ts), so the browser's per-edition
        // imports of them are bundled in here by design, not by mistake.
        onLog(level, log, handler) {
          if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
        },
      },
    },
    // Everything bundled in, React's production build included: the server render is the same
    // whatever the process that runs it has loaded already.
    ssr: { noExternal: true },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [moduleGraphOf(root, modules)],
  });
}

export async function appStage({
  cache,
  settings,
  appCacheDir = DEFAULT_APP_CACHE,
}: AppSettings & { cache: BuildCache }): Promise<BuiltApp> {
  const clientDir = path.resolve(appCacheDir, 'client');
  const serverDir = path.resolve(appCacheDir, 'server');
  const recordFile = path.join(appCacheDir, 'bundles.json');
  const code = codeFingerprint([new URL(import.meta.url), 'vite.config.ts'], settings);

  let kept: v.InferOutput<typeof BundleRecordSchema> | undefined;
  try {
    const parsed = v.parse(BundleRecordSchema, JSON.parse(readFileSync(recordFile, 'utf8')));
    if (parsed.code === code && hashFiles(parsed.modules) === parsed.modulesHash) kept = parsed;
  } catch {
    // No bundles kept, or none that can be trusted: they are made.
  }
  const bundled = kept === undefined || !existsSync(path.join(clientDir, 'index.html'));
  if (!kept || bundled) {
    const modules = await bundle(clientDir, serverDir);
    kept = { code, modules, modulesHash: hashFiles(modules) ?? '' };
    await mkdir(appCacheDir, { recursive: true });
    await writeFile(recordFile, JSON.stringify(kept));
  }

  // The site gets the bundles (written only where its copy differs), under a record keyed by
  // the bundles' own fingerprint: the same bundles as last time, and nothing is copied.
  const bundles = `${code}:${kept.modulesHash}`;
  const record = await cache.stage('app', bundles, v.never());
  if (record.known) {
    record.keepAll();
  } else {
    for (const file of listFiles(clientDir)) {
      record.outputs.write(file, readFileSync(path.join(clientDir, file)));
    }
  }
  record.finish();
  return {
    serverEntry: path.join(serverDir, 'entry-server.js'),
    template: readFileSync(path.join(clientDir, 'index.html'), 'utf8'),
    bundled,
    code: bundles,
  };
}
