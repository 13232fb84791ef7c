import { describe, expect, it } from 'vitest';
import { articleFile, feedHeadFile, feedPageFile, relatedFile, type Feed } from './api-files.ts';

describe('the API’s files', () => {
  it('give each story its file, and the stories suggested under it theirs', () => {
    expect(articleFile('1001')).toBe('articles/1001.json');
    expect(relatedFile('1001')).toBe('related/1001.json');
  });

  it('escape what an id could smuggle into the path', () => {
    expect(articleFile('../x')).toBe('articles/..%2Fx.json');
    expect(relatedFile('a/b?c')).toBe('related/a%2Fb%3Fc.json');
  });

  it('put a feed’s head beside the folder of its archive pages', () => {
    const latest: Feed = { lang: 'ru', kind: 'latest' };
    expect(feedHeadFile(latest)).toBe('ru/latest.json');
    expect(feedPageFile(latest, 3)).toBe('ru/latest/3.json');
    const politics: Feed = { lang: 'ky', kind: 'rubrics', key: 'politics' };
    expect(feedHeadFile(politics)).toBe('ky/rubrics/politics.json');
    expect(feedPageFile(politics, 1)).toBe('ky/rubrics/politics/1.json');
  });

  it('put a tag’s feed under its key, escaped', () => {
    expect(feedHeadFile({ lang: 'ru', kind: 'tags', key: 'ois' })).toBe('ru/tags/ois.json');
    expect(feedPageFile({ lang: 'ru', kind: 'tags', key: 'a/b' }, 2)).toBe('ru/tags/a%2Fb/2.json');
  });
});
