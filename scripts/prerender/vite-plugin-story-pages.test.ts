// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyPagesMiddleware } from './vite-plugin-story-pages.ts';

let siteDir: string;

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(os.tmpdir(), 'story-pages-'));
  await mkdir(path.join(siteDir, 'ru', 'news', '1001'), { recursive: true });
  await writeFile(path.join(siteDir, 'ru', 'news', '1001', 'its-slug.html'), '<!doctype html>');
  await writeFile(path.join(siteDir, 'ru', 'news', '1001', 'index.html'), '<!doctype html>');
  // The Russian edition's not-found page; the Kyrgyz one is left out.
  await writeFile(path.join(siteDir, '404.html'), '<html lang="ru">Страница не найдена</html>');
});

afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

/** What the preview server does with `url`: the address it goes on to serve, or its answer. */
function serve(url: string) {
  const request = { url };
  const answer = { statusCode: 200, headers: new Map<string, string>(), body: '' };
  let passedOn = false;
  storyPagesMiddleware(siteDir)(
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

describe('storyPagesMiddleware', () => {
  it('serves a story at its address, keeping the query', () => {
    expect(serve('/ru/news/1001/its-slug')).toMatchObject({
      passedOn: true,
      url: '/ru/news/1001/its-slug.html',
    });
    expect(serve('/ru/news/1001/its-slug?utm_source=t').url).toBe(
      '/ru/news/1001/its-slug.html?utm_source=t',
    );
  });

  it('serves the page that sends on to the story at its other addresses', () => {
    for (const address of ['/ru/news/1001', '/ru/news/1001/', '/ru/news/1001/an-old-slug']) {
      expect(serve(address)).toMatchObject({ passedOn: true, url: '/ru/news/1001/index.html' });
    }
    expect(serve('/ru/news/1001/an-old-slug?utm_source=t').url).toBe(
      '/ru/news/1001/index.html?utm_source=t',
    );
  });

  it('answers a story the build does not know with its edition’s not-found page and a 404', () => {
    const answer = serve('/ru/news/424242/x');
    expect(answer.passedOn).toBe(false);
    expect(answer.statusCode).toBe(404);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('Страница не найдена');
  });

  it('leaves the rest to the usual fallback: other pages, editions without a not-found page', () => {
    expect(serve('/ru/rubric/politics')).toMatchObject({
      passedOn: true,
      url: '/ru/rubric/politics',
    });
    expect(serve('/ky/news/424242/x')).toMatchObject({ passedOn: true, statusCode: 200 });
  });

  it('passes on an address that reads as no path when resolved (`//`), without throwing', () => {
    expect(serve('//')).toMatchObject({ passedOn: true, url: '//' });
  });
});
