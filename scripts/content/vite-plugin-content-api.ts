import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { apiOutputDir } from '../../src/shared/api/parse-api-base.ts';
import { prerenderedTops } from '../prerender/prerender-manifest.ts';
import { buildContent } from './build-content.ts';
import { ContentError } from './load-content.ts';

interface ContentApiOptions {
  /** Folders holding one JSON file per article. */
  contentDirs: readonly string[];
  /** The API base the client is built with; its path is where the files go. */
  apiBase: string;
  /** The site's origin, for the absolute URLs of the sitemap and the RSS feeds. */
  origin: string;
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Empties the output folder like Vite would, except what incremental steps keep: the API's top
 * folder (the content build only rewrites what changed) and the prerendered pages (the
 * prerender re-renders only pages whose inputs changed, docs/decisions/010-prerendering-at-scale.md).
 */
async function emptyAllBut(outDir: string, keep: readonly string[]): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch {
    return;
  }
  await Promise.all(
    entries
      .filter((entry) => !keep.includes(entry))
      .map((entry) => rm(path.join(outDir, entry), { recursive: true, force: true })),
  );
}

function contentErrorMessage(error: unknown): string {
  return error instanceof ContentError || error instanceof Error ? error.message : String(error);
}

/**
 * Publishes content/ as the static JSON API with the same incremental build the CLI and the
 * benchmark run: validated at build start (an invalid file fails the build naming file and
 * field), written into the site, and rebuilt on change for the dev server.
 */
export function contentApi({ contentDirs, apiBase, origin }: ContentApiOptions): Plugin {
  const apiDir = apiOutputDir(apiBase);
  const apiTop = apiDir.split('/')[0] ?? apiDir;
  let config: ResolvedConfig | undefined;

  return {
    name: 'content-api',

    config(_userConfig, { command, isSsrBuild }) {
      // The plugin empties the output folder itself, sparing the API files (see emptyAllBut).
      return command === 'build' && !isSsrBuild ? { build: { emptyOutDir: false } } : undefined;
    },

    configResolved(resolved) {
      config = resolved;
    },

    async buildStart() {
      if (config?.command !== 'build' || config.build.ssr) return;
      const outDir = path.resolve(config.root, config.build.outDir);
      if (!isInside(config.root, outDir)) {
        this.error(`The build's outDir ${outDir} must be a folder inside ${config.root}.`);
      }
      // Pages are prerendered only from a local API (build-site.ts): else none may linger.
      const pages = apiBase.startsWith('/') ? prerenderedTops() : [];
      await emptyAllBut(outDir, [apiTop, ...pages]);
      try {
        await buildContent({
          contentDirs,
          outDir: path.join(outDir, apiDir),
          // With the API elsewhere (a CMS), a sitemap and feeds of content/ would list stories
          // that are not the site's.
          ...(apiBase.startsWith('/') ? { site: { dir: outDir, origin } } : {}),
        });
      } catch (error) {
        this.error(contentErrorMessage(error));
      }
      for (const dir of contentDirs) this.addWatchFile(path.resolve(dir));
    },

    configureServer(server: ViteDevServer) {
      const prefix = `/${apiDir}/`;
      const root = path.resolve(server.config.cacheDir, 'content-api', apiDir);
      const watched = contentDirs.map((dir) => path.resolve(dir));
      // One build at a time; a change while one runs asks for another after it.
      let current: Promise<void> | undefined;
      let dirty = true;
      const ensureBuilt = (): Promise<void> => {
        if (!dirty && current) return current;
        dirty = false;
        const previous = current ?? Promise.resolve();
        current = previous
          .catch(() => undefined)
          .then(() => buildContent({ contentDirs, outDir: root }).then(() => undefined));
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
            if (!isInside(root, file) || !file.endsWith('.json')) {
              send(404, 'application/json; charset=utf-8', '{"error":"not found"}');
              return;
            }
            const text = await readFile(file, 'utf8').catch(() => undefined);
            if (text === undefined)
              send(404, 'application/json; charset=utf-8', '{"error":"not found"}');
            else send(200, 'application/json; charset=utf-8', text);
          })
          .catch((error: unknown) => {
            send(500, 'text/plain; charset=utf-8', contentErrorMessage(error));
          });
      });
    },
  };
}
