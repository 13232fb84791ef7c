import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import type { BuildCache } from '../pipeline/build-cache.ts';
import { codeFingerprint } from '../pipeline/code-fingerprint.ts';
import { serviceWorkerOptions } from './service-worker.ts';

/**
 * Stage "service worker": Workbox's worker, which precaches the app (never the pages or the
 * API, so it does not grow with the stories). Its inputs are the app's files: when the app
 * stage kept the same bundles, the worker is kept as it is.
 */
export async function serviceWorkerStage({
  cache,
  apiBase,
  appCode,
}: {
  cache: BuildCache;
  apiBase: string;
  /** The app stage's record of what it published: the worker's inputs. */
  appCode: string;
}): Promise<void> {
  const code = codeFingerprint([new URL(import.meta.url)], { apiBase, app: appCode });
  const record = cache.stage('service-worker', code, v.never());
  if (record.known) {
    record.keepAll();
  } else {
    const { generateSW } = await import('workbox-build');
    const { filePaths } = await generateSW(serviceWorkerOptions(apiBase, cache.siteDir));
    for (const file of filePaths) {
      const relative = path.relative(cache.siteDir, file);
      record.outputs.write(relative, readFileSync(file));
    }
  }
  record.finish();
}
