import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { requestUrl } from '../lib/request-url.ts';
import { notFoundFileOf, storyPageOf } from './page-files.ts';

/** What the middleware needs of a response: Node's ServerResponse has it. */
interface Reply {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

/**
 * Serves each prerendered story from its one file (see page-files.ts) at any of its addresses,
 * as deploy/nginx.conf does: `vite preview` otherwise looks for a file named after the slug. A
 * story the build does not know gets its edition's not-found page with a 404, as from nginx
 * (the page carries the app, which still opens a story published after the build); without
 * prerendered pages, the app's usual fallback answers.
 */
export function storyPagesMiddleware(siteDir: string) {
  return (request: { url?: string }, response: Reply, next: () => void): void => {
    const url = requestUrl(request.url);
    if (!url) {
      next();
      return;
    }
    const story = storyPageOf(url.pathname);
    if (story && existsSync(path.join(siteDir, story.file))) {
      request.url = `/${story.file}${url.search}`;
    } else if (story) {
      const notFound = path.join(siteDir, notFoundFileOf(story.lang));
      if (existsSync(notFound)) {
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(readFileSync(notFound, 'utf8'));
        return;
      }
    }
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
