import { describe, expect, it } from 'vitest';
import { articlePath, editionPath, feedPagePath, rubricPath } from './paths.ts';

describe('paths', () => {
  it('puts each edition at its own root', () => {
    expect(editionPath('ru')).toBe('/ru/');
    expect(editionPath('ky')).toBe('/ky/');
  });

  it('makes page 1 of a feed the front page itself', () => {
    expect(feedPagePath('ru', 1)).toBe('/ru/');
    expect(feedPagePath('ky', 0)).toBe('/ky/');
    expect(feedPagePath('ru', 2)).toBe('/ru/page/2');
  });

  it('puts a rubric under its edition, its first page without a number', () => {
    expect(rubricPath('ru', 'politics')).toBe('/ru/rubric/politics');
    expect(rubricPath('ky', 'sport', 1)).toBe('/ky/rubric/sport');
    expect(rubricPath('ru', 'world', 0)).toBe('/ru/rubric/world');
    expect(rubricPath('ky', 'culture', 2)).toBe('/ky/rubric/culture/page/2');
  });

  it('addresses a story by edition, id and slug', () => {
    expect(articlePath('ru', { id: '1001', slug: 'diplomaty' })).toBe('/ru/news/1001/diplomaty');
    expect(articlePath('ky', { id: '1002' })).toBe('/ky/news/1002');
    expect(articlePath('ky', { id: '1002', slug: '' })).toBe('/ky/news/1002');
  });

  it('escapes what an id could smuggle into the path', () => {
    expect(articlePath('ru', { id: 'a/b?c' })).toBe('/ru/news/a%2Fb%3Fc');
  });
});
