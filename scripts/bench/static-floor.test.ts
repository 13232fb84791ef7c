// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { staticFloor, stripScripts } from './static-floor.ts';

const page = `<!doctype html>
<html lang="ru">
  <head>
    <title>Заголовок</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"<\\/b>"}</script>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-abc.js">
    <link rel=modulepreload href="/assets/query-abc.js" />
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
    <link rel="canonical" href="https://news.example.kg/ru/">
  </head>
  <body>
    <div id="root"><article><h1>Заголовок</h1><p>Текст</p></article></div>
    <script type="application/json" id="page-data">{"state":{"a":[1,2]}}</script>
    <SCRIPT>console.log(1)</SCRIPT >
  </body>
</html>`;

describe('stripScripts', () => {
  const floor = stripScripts(page);

  it('removes every script element and modulepreload link', () => {
    expect(floor).not.toMatch(/<script/i);
    expect(floor).not.toContain('modulepreload');
    expect(floor).not.toContain('page-data');
    expect(floor).not.toContain('NewsArticle');
    expect(floor).not.toContain('console.log');
  });

  it('keeps the stylesheet, the rest of the head and the rendered content', () => {
    expect(floor).toContain('<link rel="stylesheet" crossorigin href="/assets/index-abc.css">');
    expect(floor).toContain('<link rel="canonical" href="https://news.example.kg/ru/">');
    expect(floor).toContain('<title>Заголовок</title>');
    expect(floor).toContain(
      '<div id="root"><article><h1>Заголовок</h1><p>Текст</p></article></div>',
    );
  });

  it('leaves a page without script as it was', () => {
    const plain = '<html><head><link rel="stylesheet" href="/a.css"></head><body>x</body></html>';
    expect(stripScripts(plain)).toBe(plain);
  });

  it('fails on an unterminated script rather than ship it', () => {
    expect(() => stripScripts('<body><script src="/a.js"></body>')).toThrow(/survived/);
  });
});

describe('staticFloor', () => {
  it('puts the page’s stylesheets inline and leaves no script', () => {
    const floor = staticFloor(page, (href) => `/* ${href} */ body{margin:0}`);
    expect(floor).toContain('<style>/* /assets/index-abc.css */ body{margin:0}</style>');
    expect(floor).not.toMatch(/<script|rel="stylesheet"/i);
  });

  it('keeps styles already inline as they are', () => {
    const inline = '<head><style>p{color:red}</style><script>1</script></head>';
    expect(staticFloor(inline, () => '')).toBe('<head><style>p{color:red}</style></head>');
  });
});
