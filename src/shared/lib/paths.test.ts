import { describe, expect, it } from 'vitest';
import {
  addressOf,
  articlePath,
  editionPath,
  langOfPath,
  latestPagePath,
  pathOf,
  rubricPath,
} from './paths.ts';

describe('paths', () => {
  it('puts each edition at its own root', () => {
    expect(editionPath('ru')).toBe('/ru/');
    expect(editionPath('ky')).toBe('/ky/');
  });

  it('numbers every page of the archive, the first included', () => {
    expect(latestPagePath('ru', 1)).toBe('/ru/page/1');
    expect(latestPagePath('ky', 12)).toBe('/ky/page/12');
  });

  it('puts a rubric under its edition, its archive pages below it', () => {
    expect(rubricPath('ru', 'politics')).toBe('/ru/rubric/politics');
    expect(rubricPath('ky', 'sport', 1)).toBe('/ky/rubric/sport/page/1');
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

describe('addressOf', () => {
  it('reads every address the paths build back', () => {
    expect(addressOf(editionPath('ky'))).toEqual({ shape: 'front', lang: 'ky' });
    expect(addressOf('/ru')).toEqual({ shape: 'front', lang: 'ru' });
    expect(addressOf(latestPagePath('ru', 3))).toEqual({
      shape: 'latestPage',
      lang: 'ru',
      page: '3',
    });
    expect(addressOf(rubricPath('ky', 'sport'))).toEqual({
      shape: 'rubric',
      lang: 'ky',
      rubric: 'sport',
    });
    expect(addressOf(rubricPath('ru', 'world', 2))).toEqual({
      shape: 'rubricPage',
      lang: 'ru',
      rubric: 'world',
      page: '2',
    });
    expect(addressOf(articlePath('ru', { id: '1001', slug: 'diplomaty' }))).toEqual({
      shape: 'story',
      lang: 'ru',
      id: '1001',
      slug: 'diplomaty',
    });
    expect(addressOf('/ky/news/1002')).toEqual({
      shape: 'story',
      lang: 'ky',
      id: '1002',
      slug: undefined,
    });
  });

  it.each([
    '/',
    '/en/',
    '/ru/foo',
    '/ru/rubric',
    '/ru/rubric/nope',
    '/ru/rubric/world/x',
    '/ru/news',
  ])('knows no page at %j', (path) => {
    expect(addressOf(path)).toBeUndefined();
  });
});

describe('pathOf', () => {
  it('builds the path addressOf reads back, for every shape', () => {
    for (const path of [
      '/ru/',
      '/ky/page/3',
      '/ru/rubric/world',
      '/ky/rubric/sport/page/12',
      '/ru/news/1001/diplomaty',
      '/ky/news/1002',
    ]) {
      const address = addressOf(path);
      if (!address) throw new Error(`no address at ${path}`);
      expect(pathOf(address)).toBe(path);
    }
  });
});

describe('langOfPath', () => {
  it.each([
    ['/ru/', 'ru'],
    ['/ky/news/1002/slug', 'ky'],
    ['/ru', 'ru'],
    ['/', undefined],
    ['/en/news/1', undefined],
    ['/en/ru/', undefined],
    ['/russian/', undefined],
  ])('reads %j as %j', (pathname, lang) => {
    expect(langOfPath(pathname)).toBe(lang);
  });
});
