// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from '../content/build-content.ts';
import { fillTemplate, knownPages, localApiFetch, templateFiller } from './prerender.ts';

describe('fillTemplate', () => {
  const template = [
    '<!doctype html><html lang="ru"><head><meta charset="UTF-8" /><title>Shell</title>',
    '<script type="module" src="/assets/app.js"></script></head>',
    '<body><div id="root"></div><noscript><p>Turn JavaScript on</p></noscript></body></html>',
  ].join('');

  it('fills page after page from one prepared template, each its own', () => {
    const fill = templateFiller(template);
    const first = fill({
      lang: 'ru',
      head: '<title>Первая</title>',
      html: '<p>1</p>',
      pageData: '1',
    });
    const second = fill({ lang: 'ky', head: '<title>Экинчи</title>', html: '<p>2</p>' });
    expect(first).toContain('<html lang="ru">');
    expect(first).toContain('<div id="root"><p>1</p></div><script type="application/json"');
    expect(second).toContain('<html lang="ky">');
    expect(second).toContain('<title>Экинчи</title>');
    expect(second).toContain('<div id="root"><p>2</p></div></body>');
    expect(second).not.toMatch(/Первая|page-data|Shell/);
  });

  it('puts the page’s language, head, markup and data in place', () => {
    const html = fillTemplate(template, {
      lang: 'ky',
      head: '<title>Барак</title><meta name="description" content="d">',
      html: '<main><h1>Барак</h1></main>',
      pageData: '{"a":1}',
    });
    expect(html).toContain('<html lang="ky">');
    expect(html).toContain(
      '<head><meta charset="UTF-8" /><title>Барак</title><meta name="description"',
    );
    expect(html).not.toContain('Shell');
    expect(html).toContain(
      '<div id="root"><main><h1>Барак</h1></main></div><script type="application/json" id="page-data">{"a":1}</script>',
    );
    expect(html).not.toContain('noscript');
    expect(html).toContain('<script type="module" src="/assets/app.js">');
  });

  it('drops the shell’s manifest link: the page’s head links its edition’s', () => {
    const shell = template.replace(
      '<title>Shell</title>',
      '<link rel="manifest" href="/ru/manifest.webmanifest" />\n    <title>Shell</title>',
    );
    const html = fillTemplate(shell, {
      lang: 'ky',
      head: '<title>Барак</title><link rel="manifest" href="/ky/manifest.webmanifest">',
      html: '<main></main>',
    });
    expect(html.match(/rel="manifest"[^>]*/g)).toEqual([
      'rel="manifest" href="/ky/manifest.webmanifest"',
    ]);
  });

  it('leaves the data out for pages served at other addresses (404)', () => {
    const html = fillTemplate(template, {
      lang: 'ru',
      head: '<title>404</title>',
      html: '<p>x</p>',
    });
    expect(html).not.toContain('page-data');
  });

  it('takes "$&" in content literally, not as a replacement pattern', () => {
    const html = fillTemplate(template, {
      lang: 'ru',
      head: '<title>$&</title>',
      html: '<p>$1 $&</p>',
    });
    expect(html).toContain('<title>$&</title>');
    expect(html).toContain('<p>$1 $&</p>');
  });

  it('fails loudly on a template without a root element', () => {
    expect(() =>
      fillTemplate('<html lang="ru"><title>x</title>', { lang: 'ru', head: '', html: '' }),
    ).toThrow(/index\.html has no/);
  });
});

describe('with a built API', () => {
  let root = '';
  let apiDir = '';
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'prerender-'));
    apiDir = path.join(root, 'api', 'v1');
    await buildContent({
      contentDirs: ['content'],
      outDir: apiDir,
      manifestFile: path.join(root, 'manifest.jsonl'),
    });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('knows every page: front pages, stories, rubric pages (empty ones too)', async () => {
    const pages: string[] = [];
    for await (const page of knownPages(apiDir)) pages.push(page);
    expect(pages).toEqual(
      expect.arrayContaining([
        '/ru/',
        '/ky/',
        expect.stringMatching(/^\/ru\/news\/1001\/[a-z0-9-]+$/),
        expect.stringMatching(/^\/ky\/news\/1002\/[a-z0-9-]+$/),
        '/ru/rubric/politics',
        '/ky/rubric/sport',
      ]),
    );
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('answers the loaders’ fetches from the built files', async () => {
    const fetchLocal = localApiFetch('/api/v1', apiDir);
    const found = await fetchLocal('/api/v1/articles/1001.json');
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ id: '1001' });
    expect((await fetchLocal('/api/v1/articles/9999.json')).status).toBe(404);
    expect((await fetchLocal('/api/v1/../../package.json')).status).toBe(404);
    await expect(fetchLocal('https://elsewhere.example/x.json')).rejects.toThrow(/outside the API/);
  });
});
