// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fileForPath, notFoundFileOf, storyPageOf } from './page-files.ts';

describe('fileForPath', () => {
  it.each([
    ['/ru/', 'ru/index.html'],
    ['/', 'index.html'],
    ['/ru/page/2', 'ru/page/2.html'],
    ['/ky/news/1002/slug', 'ky/news/1002.html'],
    ['/ru/rubric/politics', 'ru/rubric/politics.html'],
    ['/ru/rubric/politics/page/2', 'ru/rubric/politics/page/2.html'],
  ])('puts %s in %s', (pathname, file) => {
    expect(fileForPath(pathname)).toBe(file);
  });

  it('refuses paths that climb out of the site', () => {
    expect(() => fileForPath('/ru/../../etc/passwd')).toThrow(/outside the site/);
    expect(() => fileForPath('/ru/%2e%2e/x')).toThrow(/outside the site/);
    expect(() => fileForPath('/ru/news/../../x')).toThrow(/outside the site/);
  });
});

describe('storyPageOf', () => {
  it('serves a story from its one file whatever the slug in the address', () => {
    expect(storyPageOf('/ru/news/1001/the-canonical-slug')).toEqual({
      lang: 'ru',
      id: '1001',
      file: 'ru/news/1001.html',
    });
    expect(storyPageOf('/ru/news/1001/an-old-slug')?.file).toBe('ru/news/1001.html');
    expect(storyPageOf('/ky/news/1002')).toEqual({
      lang: 'ky',
      id: '1002',
      file: 'ky/news/1002.html',
    });
  });

  it('leaves every other address alone', () => {
    for (const pathname of [
      '/ru/',
      '/ru/page/2',
      '/ru/rubric/politics',
      '/en/news/1001/slug',
      '/ru/news/1001/slug/more',
      '/ru/news/NOT-AN-ID/slug',
      '/ru/news/../404',
    ]) {
      expect(storyPageOf(pathname), pathname).toBeUndefined();
    }
  });
});

describe('notFoundFileOf', () => {
  it('puts the first edition’s not-found page at the root, the others in their folders', () => {
    expect(notFoundFileOf('ru')).toBe('404.html');
    expect(notFoundFileOf('ky')).toBe('ky/404.html');
  });
});
