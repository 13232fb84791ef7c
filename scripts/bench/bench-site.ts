/**
 * A site for a benchmark, in a temporary folder of its own: its content folder (the caller puts
 * the stories there), the built site, and the build run as a newsroom runs it: `npm run
 * build`'s own script, in a fresh process each time.
 */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface BenchSite {
  root: string;
  contentDir: string;
  siteDir: string;
  /** One build with `args`; what it printed and its wall-clock time. */
  build: (args?: readonly string[]) => Promise<{ stdout: string; seconds: number }>;
}

export async function benchSite(name: string): Promise<BenchSite> {
  const root = await mkdtemp(path.join(os.tmpdir(), `${name}-`));
  const contentDir = path.join(root, 'content');
  const siteDir = path.join(root, 'dist');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    CONTENT_DIRS: contentDir,
    OUT_DIR: siteDir,
    APP_CACHE_DIR: path.join(root, 'app'),
  };
  return {
    root,
    contentDir,
    siteDir,
    build: async (args = []) => {
      const started = performance.now();
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', 'scripts/build-site.ts', ...args],
        { env, maxBuffer: 64 * 1024 * 1024 },
      );
      return { stdout, seconds: (performance.now() - started) / 1000 };
    },
  };
}
