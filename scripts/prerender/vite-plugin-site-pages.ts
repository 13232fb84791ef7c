import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_LANG } from '../../src/shared/i18n/languages.ts';
import { addressOf, langOfPath } from '../../src/shared/lib/paths.ts';
import { fileInSite, requestUrl } from '../lib/request-url.ts';
import { isWritten, notFoundFileOf, pageFileOf, storyRedirectFileOf } from './page-files.ts';

/** What the middleware needs of a request and a response: Node's have it. */
interface Request {
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

interface Reply {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Whether a static host would find a file for `pathname`: itself, `x.html` or `x/index.html`. */
function hasFile(siteDir: string, pathname: string): boolean {
  const file = fileInSite(siteDir, pathname);
  return file !== undefined && [file, `${file}.html`, path.join(file, 'index.html')].some(isFile);
}

/**
 * Serves the built site as deploy/nginx.conf does: a story's other addresses (no slug, an
 * outdated one) get the page in its folder that sends the reader on to it, and a page the build
 * does not have gets its edition's not-found page with a 404 (the page carries the app, which
 * still opens a story published after the build). Without prerendered pages, the app's usual
 * fallback answers.
 */
export function sitePagesMiddleware(siteDir: string) {
  return (request: Request, response: Reply, next: () => void): void => {
    const url = requestUrl(request.url);
    if (!url) {
      next();
      return;
    }
    if (url.pathname.startsWith('/media/')) {
      // As nginx says of the pictures (deploy/nginx.conf): their names are their bytes.
      response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      next();
      return;
    }
    const address = addressOf(url.pathname);
    const story = address?.shape === 'story' ? address : undefined;
    // A slug the build cannot have written ("%D0%AB", "a b") is an outdated one all the same.
    const page = story?.slug && isWritten(story) ? pageFileOf(story) : undefined;
    const redirect = story && storyRedirectFileOf(story.lang, story.id);
    if (page && isFile(path.join(siteDir, page))) {
      request.url = `/${page}${url.search}`;
    } else if (redirect && isFile(path.join(siteDir, redirect))) {
      request.url = `/${redirect}${url.search}`;
    } else if (!hasFile(siteDir, url.pathname)) {
      // A page of the reader's, or any address a browser navigates to; not a missing file.
      const page = address !== undefined || String(request.headers.accept).includes('text/html');
      const notFound = path.join(siteDir, notFoundFileOf(langOfPath(url.pathname) ?? DEFAULT_LANG));
      if (page && existsSync(notFound)) {
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

export function sitePages(): Plugin {
  return {
    name: 'news-reader:site-pages',
    configurePreviewServer(server) {
      server.middlewares.use(
        sitePagesMiddleware(path.resolve(server.config.root, server.config.build.outDir)),
      );
    },
  };
}
