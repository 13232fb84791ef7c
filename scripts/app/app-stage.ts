import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { hashBytes, type BuildCache } from '../pipeline/build-cache.ts';
import { BuildProblems } from '../pipeline/build-problems.ts';
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

const DEFAULT_APP_CACHE = path.join('node_modules', '.cache', 'news-build', 'app');

/** What the kept bundles were made from. */
const BundleRecordSchema = v.object({
  code: v.string(),
  /** The project's files in the bundles' module graphs, as Vite listed them. */
  modules: v.array(v.string()),
  /** public/, which Vite copies whole. */
  publicFiles: v.array(v.string()),
  /** A hash of all those files' bytes. */
  filesHash: v.string(),
});
type BundleRecord = v.InferOutput<typeof BundleRecordSchema>;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function publicFiles(): string[] {
  return listFiles('public').map((file) => path.join('public', file));
}

function hashFiles(files: readonly string[]): string | undefined {
  const parts: string[] = [];
  for (const file of files) {
    if (!existsSync(file)) return undefined;
    parts.push(`${file}\0${hashBytes(readFileSync(file))}`);
  }
  return hashBytes(parts.join('\n'));
}

/** The kept bundles' record, if they are the ones this code, these files and settings make. */
function keptBundles(recordFile: string, code: string): BundleRecord | undefined {
  try {
    const kept = v.parse(BundleRecordSchema, JSON.parse(readFileSync(recordFile, 'utf8')));
    const files = [...kept.modules, ...publicFiles()];
    const samePublic = publicFiles().join('\n') === kept.publicFiles.join('\n');
    return kept.code === code && samePublic && hashFiles(files) === kept.filesHash
      ? kept
      : undefined;
  } catch {
    // No bundles kept, or none that can be trusted: they are made.
    return undefined;
  }
}

const BundledSchema = v.object({
  modules: v.array(v.string()),
  peakRssMb: v.number(),
});

/**
 * Bundles the app in a process of its own (bundle-app.ts): whatever Vite holds is given back
 * when it ends, before the stages that grow with the stories start. Its warnings go to this
 * build's own output.
 */
function bundle(
  clientDir: string,
  serverDir: string,
): Promise<v.InferOutput<typeof BundledSchema>> {
  const script = fileURLToPath(new URL('./bundle-app.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, clientDir, serverDir], {
    // The bundles are production builds whoever asks for them (a test runner sets "test"), so
    // the ones kept are the ones every build gets.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        // What failed is printed above by the bundler's process itself, unless it was killed.
        const how = signal === null ? `exit ${String(code)}` : `killed by ${signal}`;
        reject(new BuildProblems([`app: bundling the app stopped (${how}); see the lines above`]));
        return;
      }
      try {
        resolve(v.parse(BundledSchema, JSON.parse(stdout.trim().split('\n').at(-1) ?? '')));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/** The fingerprint of the code that bundles the app, with its settings. */
function bundlingCode(settings: AppSettings['settings']): string {
  return codeFingerprint(
    [new URL(import.meta.url), new URL('./bundle-app.ts', import.meta.url), 'vite.config.ts'],
    settings,
  );
}

/** A key of the kept bundles (as `BuiltApp.code`), if this code and these files make them. */
const bundlesKey = (code: string, kept: BundleRecord) => `${code}:${kept.filesHash}`;

/**
 * The key the app stage would give its bundles (`BuiltApp.code`) if they are kept and are still
 * the ones the code, the files and the settings make; undefined if the stage would bundle.
 */
export function keptAppCode({
  settings,
  appCacheDir = DEFAULT_APP_CACHE,
}: AppSettings): string | undefined {
  const code = bundlingCode(settings);
  const kept = keptBundles(path.resolve(appCacheDir, 'bundles', 'record.json'), code);
  return kept && bundlesKey(code, kept);
}

export async function appStage({
  cache,
  settings,
  appCacheDir = DEFAULT_APP_CACHE,
}: AppSettings & { cache: BuildCache }): Promise<BuiltApp> {
  const bundlesDir = path.resolve(appCacheDir, 'bundles');
  const clientDir = path.join(bundlesDir, 'client');
  const recordFile = path.join(bundlesDir, 'record.json');
  const code = bundlingCode(settings);

  let kept = keptBundles(recordFile, code);
  const bundled = kept === undefined;
  let peakRssMb = 0;
  if (!kept) {
    // Made aside and put in place whole, so a build that reads the kept bundles meanwhile
    // (another site's) never sees half of them.
    const made = path.resolve(appCacheDir, `making-${String(process.pid)}`);
    await rm(made, { recursive: true, force: true });
    const result = await bundle(path.join(made, 'client'), path.join(made, 'server'));
    peakRssMb = result.peakRssMb;
    const files = publicFiles();
    kept = {
      code,
      modules: result.modules,
      publicFiles: files,
      filesHash: hashFiles([...result.modules, ...files]) ?? '',
    };
    await writeFile(path.join(made, 'record.json'), JSON.stringify(kept));
    await rm(bundlesDir, { recursive: true, force: true });
    await mkdir(path.dirname(bundlesDir), { recursive: true });
    await rename(made, bundlesDir).catch(async (error: unknown) => {
      // Another build put the same bundles in place a moment before: those will do.
      if (!(
        error instanceof Error &&
        'code' in error &&
        ['ENOTEMPTY', 'EEXIST'].includes(String(error.code))
      )) {
        throw error;
      }
      await rm(made, { recursive: true, force: true });
    });
  }

  // The site gets the bundles (written only where its copy differs), under a record keyed by
  // the bundles' own fingerprint: the same bundles as last time, and nothing is copied.
  const bundles = bundlesKey(code, kept);
  const record = cache.stage('app', bundles, v.never());
  if (record.known) {
    record.keepAll();
  } else {
    for (const file of listFiles(clientDir)) {
      record.outputs.write(file, readFileSync(path.join(clientDir, file)));
    }
  }
  record.finish();
  return {
    serverEntry: path.join(bundlesDir, 'server', 'entry-server.js'),
    template: readFileSync(path.join(clientDir, 'index.html'), 'utf8'),
    bundled,
    code: bundles,
    peakRssMb,
  };
}
