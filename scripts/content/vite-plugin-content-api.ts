import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { apiOutputDir } from '../../src/shared/api/parse-api-base.ts';
import { buildApi } from './build-api.ts';
import { ContentError, loadContent } from './load-content.ts';

interface ContentApiOptions {
  /** Folders holding one JSON file per article. */
  contentDirs: readonly string[];
  /** The API base the client is built with; its path is where the files go. */
  apiBase: string;
}

async function buildFiles(contentDirs: readonly string[]) {
  const content = await loadContent(contentDirs);
  return buildApi(content.map(({ article }) => article));
}

/**
 * Publishes content/ as the static JSON API: validated at build start (an invalid file fails the
 * build naming file and field), written beside the app, and served live by the dev server.
 */
export function contentApi({ contentDirs, apiBase }: ContentApiOptions): Plugin {
  const outputDir = apiOutputDir(apiBase);
  let files: Map<string, unknown> | undefined;

  return {
    name: 'content-api',

    async buildStart() {
      try {
        files = await buildFiles(contentDirs);
      } catch (error) {
        this.error(error instanceof ContentError ? error.message : String(error));
      }
      for (const dir of contentDirs) this.addWatchFile(path.resolve(dir));
    },

    async writeBundle(options) {
      if (!files) return;
      const root = path.resolve(options.dir ?? 'dist', outputDir);
      const dirs = new Set([...files.keys()].map((file) => path.dirname(path.join(root, file))));
      await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
      await Promise.all(
        [...files].map(([file, data]) => writeFile(path.join(root, file), JSON.stringify(data))),
      );
    },

    configureServer(server: ViteDevServer) {
      const prefix = `/${outputDir}/`;
      let current: Promise<Map<string, unknown>> | undefined;
      const load = () => (current ??= buildFiles(contentDirs));
      const watched = contentDirs.map((dir) => path.resolve(dir));
      server.watcher.add(watched);
      server.watcher.on('all', (_event, file) => {
        if (watched.some((dir) => file.startsWith(dir))) current = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0];
        if (!url?.startsWith(prefix)) {
          next();
          return;
        }
        load().then(
          (api) => {
            const data = api.get(decodeURIComponent(url.slice(prefix.length)));
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.statusCode = data === undefined ? 404 : 200;
            res.end(JSON.stringify(data ?? { error: 'not found' }));
          },
          (error: unknown) => {
            current = undefined;
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(error instanceof Error ? error.message : String(error));
          },
        );
      });
    },
  };
}
