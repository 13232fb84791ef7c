import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { apiOutputDir } from '../../src/shared/api/parse-api-base.ts';
import { BuildCache } from '../pipeline/build-cache.ts';
import { BuildProblems } from '../pipeline/build-problems.ts';
import { apiStage } from './api-stage.ts';
import { loadStage } from './load-stage.ts';

interface ContentApiOptions {
  /** Folders holding one JSON file per article. */
  contentDirs: readonly string[];
  /** The API base the client is built with; its path is where the files go. */
  apiBase: string;
  /** The site's `breakingHours`. */
  breakingHours: number;
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The JSON API for the development server, made from content/ by the build's own stages ("load
 * and validate", "JSON API") into Vite's cache folder, and made again after a story changes.
 */
export function contentApi({ contentDirs, apiBase, breakingHours }: ContentApiOptions): Plugin {
  const apiDir = apiOutputDir(apiBase);
  return {
    name: 'news-reader:content-api',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const prefix = `/${apiDir}/`;
      const siteDir = path.resolve(server.config.cacheDir, 'content-api');
      const root = path.join(siteDir, apiDir);
      const watched = contentDirs.map((dir) => path.resolve(dir));
      const build = async () => {
        const cache = await BuildCache.open(
          path.join(server.config.cacheDir, 'content-api-cache'),
          siteDir,
          apiBase,
        );
        try {
          const content = await loadStage({ cache, contentDirs, apiDir: root, threads: 1 });
          apiStage({ cache, apiDir: root, content, breakingHours });
        } finally {
          await cache.commit();
        }
      };
      // One build at a time; a change while one runs asks for another after it.
      let current: Promise<void> | undefined;
      let dirty = true;
      const ensureBuilt = (): Promise<void> => {
        if (!dirty && current) return current;
        dirty = false;
        const previous = current ?? Promise.resolve();
        current = previous.catch(() => undefined).then(build);
        current.catch(() => {
          dirty = true;
        });
        return current;
      };
      server.watcher.add(watched);
      server.watcher.on('all', (_event, file) => {
        if (watched.some((dir) => isInside(dir, file))) dirty = true;
      });
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0];
        if (!url?.startsWith(prefix)) {
          next();
          return;
        }
        const file = path.resolve(root, decodeURIComponent(url.slice(prefix.length)));
        const send = (status: number, type: string, body: string) => {
          res.statusCode = status;
          res.setHeader('Content-Type', type);
          res.end(body);
        };
        ensureBuilt()
          .then(async () => {
            const text =
              isInside(root, file) && file.endsWith('.json')
                ? await readFile(file, 'utf8').catch(() => undefined)
                : undefined;
            if (text === undefined) {
              send(404, 'application/json; charset=utf-8', '{"error":"not found"}');
            } else {
              send(200, 'application/json; charset=utf-8', text);
            }
          })
          .catch((error: unknown) => {
            const text =
              error instanceof BuildProblems
                ? error.problems.join('\n')
                : error instanceof Error
                  ? error.message
                  : String(error);
            send(500, 'text/plain; charset=utf-8', text);
          });
      });
    },
  };
}
