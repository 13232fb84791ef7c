import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as v from 'valibot';
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
  /** The peak memory of the process that made the bundles, if it ran. */
  peakRssMb: number;
}

const run = promisify(execFile);

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

const BundledSchema = v.object({
  modules: v.array(v.string()),
  peakRssMb: v.number(),
});

/**
 * Bundles the app in a process of its own (bundle-app.ts): whatever Vite holds is given back
 * when it ends, before the stages that grow with the stories start.
 */
async function bundle(clientDir: string, serverDir: string) {
  const { stdout } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./bundle-app.ts', import.meta.url)),
      clientDir,
      serverDir,
    ],
    // The bundles are production builds whoever asks for them (a test runner sets "test"), so
    // the ones kept are the ones every build gets.
    { env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
  );
  return v.parse(BundledSchema, JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
}

export async function appStage({
  cache,
  settings,
  appCacheDir = DEFAULT_APP_CACHE,
}: AppSettings & { cache: BuildCache }): Promise<BuiltApp> {
  const clientDir = path.resolve(appCacheDir, 'client');
  const serverDir = path.resolve(appCacheDir, 'server');
  const recordFile = path.join(appCacheDir, 'bundles.json');
  const code = codeFingerprint(
    [new URL(import.meta.url), new URL('./bundle-app.ts', import.meta.url), 'vite.config.ts'],
    settings,
  );

  let kept: v.InferOutput<typeof BundleRecordSchema> | undefined;
  try {
    const parsed = v.parse(BundleRecordSchema, JSON.parse(readFileSync(recordFile, 'utf8')));
    if (parsed.code === code && hashFiles(parsed.modules) === parsed.modulesHash) kept = parsed;
  } catch {
    // No bundles kept, or none that can be trusted: they are made.
  }
  const bundled = kept === undefined || !existsSync(path.join(clientDir, 'index.html'));
  let peakRssMb = 0;
  if (!kept || bundled) {
    const made = await bundle(clientDir, serverDir);
    const modules = [
      ...made.modules,
      ...listFiles('public').map((file) => path.join('public', file)),
    ].sort();
    peakRssMb = made.peakRssMb;
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
    peakRssMb,
  };
}
