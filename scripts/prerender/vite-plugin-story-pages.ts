import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { requestUrl } from '../lib/request-url.ts';
import { addressOf } from '../../src/shared/lib/paths.ts';
import { notFoundFileOf, pageFileOf, storyRedirectFileOf } from './page-files.ts';

/** What the middleware needs of a response: Node's ServerResponse has it. */
interface Reply {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

/**
 * Serves story addresses as deploy/nginx.conf does: the story's page at its canonical address,
 * and at any other address of the story (no slug, an outdated one) the page in its folder that
 * sends the reader on to it. A story the build does not know gets its edition's not-found page
 * with a 404 (the page carries the app, which still opens a story published after the build);
 * without prerendered pages, the app's usual fallback answers.
 */
export function storyPagesMiddleware(siteDir: string) {
  return (request: { url?: string }, response: Reply, next: () => void): void => {
    const url = requestUrl(request.url);
    if (!url) {
      next();
      return;
    }
    const address = addressOf(url.pathname);
    const story = address?.shape === 'story' ? address : undefined;
    const page = story?.slug ? pageFileOf(story) : undefined;
    const redirect = story && storyRedirectFileOf(story.lang, story.id);
    if (page && existsSync(path.join(siteDir, page))) {
      request.url = `/${page}${url.search}`;
    } else if (redirect && existsSync(path.join(siteDir, redirect))) {
      request.url = `/${redirect}${url.search}`;
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
