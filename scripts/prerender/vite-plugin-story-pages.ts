import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { storyFileOf } from './page-files.ts';

/**
 * Serves each prerendered story from its one file (see page-files.ts) at any of its addresses,
 * as deploy/nginx.conf does: `vite preview` otherwise looks for a file named after the slug.
 * An address whose story the build does not know goes on to the app's usual fallback.
 */
export function storyPagesMiddleware(siteDir: string) {
  // Only the request's address is read and rewritten.
  return (request: { url?: string }, _response: unknown, next: () => void): void => {
    const url = new URL(request.url ?? '/', 'http://preview.invalid');
    const file = storyFileOf(url.pathname);
    if (file && existsSync(path.join(siteDir, file))) request.url = `/${file}${url.search}`;
    next();
  };
}

export function storyPages(): Plugin {
  return {
    name: 'news-reader:story-pages',
    configurePreviewServer(server) {
      server.middlewares.use(
        storyPagesMiddleware(path.resolve(server.config.root, server.config.build.outDir)),
      );
    },
  };
}
