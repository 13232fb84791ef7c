// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { notFoundFileOf, pageFileOfPath, storyRedirectFileOf } from './page-files.ts';

describe('pageFileOfPath', () => {
  it.each([
    ['/ru/', 'ru/index.html'],
    ['/ky/page/1', 'ky/page/1.html'],
    ['/ru/page/12', 'ru/page/12.html'],
    ['/ky/news/1002/slug', 'ky/news/1002/slug.html'],
    ['/ru/rubric/politics', 'ru/rubric/politics.html'],
    ['/ru/rubric/politics/page/2', 'ru/rubric/politics/page/2.html'],
  ])('puts %s at its own address, %s', (pathname, file) => {
    expect(pageFileOfPath(pathname)).toBe(file);
  });

  it('refuses what is not one of the reader’s pages, and a story without its slug', () => {
    for (const pathname of [
      '/',
      '/ru/../../etc/passwd',
      '/ru/news/../x',
      '/en/',
      '/ru/news/1001',
    ]) {
      expect(() => pageFileOfPath(pathname)).toThrow();
    }
  });
});

describe('storyRedirectFileOf', () => {
  it('is the index of the story’s folder, next to its page', () => {
    expect(storyRedirectFileOf('ru', '1001')).toBe('ru/news/1001/index.html');
  });
});

describe('notFoundFileOf', () => {
  it('puts the first edition’s at the root, where hosts look for it', () => {
    expect(notFoundFileOf('ru')).toBe('404.html');
    expect(notFoundFileOf('ky')).toBe('ky/404.html');
  });
});
