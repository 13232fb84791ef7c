// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePagesMiddleware } from './vite-plugin-site-pages.ts';

let siteDir: string;

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(os.tmpdir(), 'site-pages-'));
  await mkdir(path.join(siteDir, 'ru', 'news', '1001'), { recursive: true });
  await mkdir(path.join(siteDir, 'ru', 'page'), { recursive: true });
  await writeFile(path.join(siteDir, 'ru', 'news', '1001', 'its-slug.html'), '<!doctype html>');
  await writeFile(path.join(siteDir, 'ru', 'news', '1001', 'index.html'), '<!doctype html>');
  await writeFile(path.join(siteDir, 'ru', 'page', '1.html'), '<!doctype html>');
  await writeFile(path.join(siteDir, 'ru', 'index.html'), '<!doctype html>');
  await writeFile(path.join(siteDir, 'index.html'), '<!doctype html>');
  // The Russian edition's not-found page; the Kyrgyz one is left out.
  await writeFile(path.join(siteDir, '404.html'), '<html lang="ru">Страница не найдена</html>');
});

afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

/** What the preview server does with `url`: the address it goes on to serve, or its answer. */
function serve(url: string, accept = 'text/html,application/xhtml+xml') {
  const request = { url, headers: { accept } };
  const answer = { statusCode: 200, headers: new Map<string, string>(), body: '' };
  let passedOn = false;
  sitePagesMiddleware(siteDir)(
    request,
    {
      get statusCode() {
        return answer.statusCode;
      },
      set statusCode(code: number) {
        answer.statusCode = code;
      },
      setHeader: (name, value) => answer.headers.set(name.toLowerCase(), value),
      end: (body) => {
        answer.body = body;
      },
    },
    () => {
      passedOn = true;
    },
  );
  return { passedOn, url: request.url, ...answer };
}

describe('sitePagesMiddleware', () => {
  it('leaves what the site has to the static server: pages at their address, files', () => {
    for (const address of ['/', '/ru/', '/ru/page/1', '/404.html']) {
      expect(serve(address)).toMatchObject({ passedOn: true, url: address });
    }
    expect(serve('/ru/news/1001/its-slug')).toMatchObject({
      passedOn: true,
      url: '/ru/news/1001/its-slug.html',
    });
  });

  it('serves the page that sends on to the story at its other addresses, keeping the query', () => {
    for (const address of ['/ru/news/1001', '/ru/news/1001/', '/ru/news/1001/an-old-slug']) {
      expect(serve(address)).toMatchObject({ passedOn: true, url: '/ru/news/1001/index.html' });
    }
    // Slugs no story has, as a reader may type or paste them.
    for (const address of ['/ru/news/1001/%D0%AB', '/ru/news/1001/a%20b', '/ru/news/1001/%25']) {
      expect(serve(address)).toMatchObject({ passedOn: true, url: '/ru/news/1001/index.html' });
    }
    expect(serve('/ru/news/1001/an-old-slug?utm_source=t').url).toBe(
      '/ru/news/1001/index.html?utm_source=t',
    );
  });

  it('answers a page the site does not have with its edition’s not-found page and a 404', () => {
    const pages = [
      ['/ru/news/424242/x', '*/*'],
      ['/ru/page/99', '*/*'],
      // A stray "%", which no file's name can be.
      ['/ru/rubric/%', 'text/html'],
      ['/ru/page/%', 'text/html'],
      ['/nowhere', 'text/html'],
    ] as const;
    for (const [address, accept] of pages) {
      const answer = serve(address, accept);
      expect(answer.passedOn).toBe(false);
      expect(answer.statusCode).toBe(404);
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(answer.body).toContain('Страница не найдена');
    }
  });

  it('leaves the rest to the usual fallback: other than pages, editions without a 404 page', () => {
    expect(serve('/api/v1/none.json', 'application/json')).toMatchObject({ passedOn: true });
    expect(serve('/ky/news/424242/x')).toMatchObject({ passedOn: true, statusCode: 200 });
  });

  it('passes on an address that reads as no path when resolved (`//`), without throwing', () => {
    expect(serve('//')).toMatchObject({ passedOn: true, url: '//' });
  });
});
