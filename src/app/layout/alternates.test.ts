import { describe, expect, it } from 'vitest';
import { article1001, article1002, articleFixture } from '../../test/article-fixtures.ts';
import { alternatesFor } from './alternates.ts';

describe('alternatesFor a story', () => {
  it('leads the other edition to the translation', () => {
    expect(alternatesFor(`/ru/news/1001/${article1001.slug}`, article1001)).toEqual({
      ru: `/ru/news/1001/${article1001.slug}`,
      ky: '/ky/news/1002',
    });
    expect(alternatesFor(`/ky/news/1002/${article1002.slug}`, article1002)).toEqual({
      ru: '/ru/news/1001',
      ky: `/ky/news/1002/${article1002.slug}`,
    });
  });

  it('leads the other edition to the same story when it has no translation', () => {
    const story = articleFixture({ id: '2001', slug: 'tolko-po-russki' });
    expect(alternatesFor('/ru/news/2001/tolko-po-russki', story)).toEqual({
      ru: '/ru/news/2001/tolko-po-russki',
      ky: '/ky/news/2001/tolko-po-russki',
    });
  });

  it('leads back to the original from a foreign story shown in the other edition', () => {
    const story = articleFixture({ id: '2001', slug: 'tolko-po-russki' });
    expect(alternatesFor('/ky/news/2001/tolko-po-russki', story).ru).toBe(
      '/ru/news/2001/tolko-po-russki',
    );
  });
});

describe('alternatesFor other pages', () => {
  it('keeps the front page a front page', () => {
    expect(alternatesFor('/ru/', undefined)).toEqual({ ru: '/ru/', ky: '/ky/' });
  });

  it('leads a feed page to the other edition’s front page', () => {
    expect(alternatesFor('/ru/page/3', undefined)).toEqual({ ru: '/ru/', ky: '/ky/' });
    expect(alternatesFor('/ky/page/2', undefined).ru).toBe('/ru/');
  });

  it('keeps a rubric page in the same rubric', () => {
    expect(alternatesFor('/ru/rubric/politics', undefined)).toEqual({
      ru: '/ru/rubric/politics',
      ky: '/ky/rubric/politics',
    });
    expect(alternatesFor('/ky/rubric/sport', undefined).ru).toBe('/ru/rubric/sport');
  });

  it('leads an older rubric page to the same rubric’s first page', () => {
    expect(alternatesFor('/ru/rubric/culture/page/3', undefined)).toEqual({
      ru: '/ru/rubric/culture',
      ky: '/ky/rubric/culture',
    });
  });

  it('keeps the rest of any other path', () => {
    expect(alternatesFor('/ru/foo', undefined)).toEqual({ ru: '/ru/foo', ky: '/ky/foo' });
    expect(alternatesFor('/ky/foo/bar', undefined).ru).toBe('/ru/foo/bar');
  });

  it('does not mistake a path that merely starts like an edition', () => {
    expect(alternatesFor('/russian/page/2', undefined)).toEqual({ ru: '/ru/', ky: '/ky/' });
  });

  it.each(['/', '/en/news/1', '/foo', ''])('leads %j to each edition’s root', (pathname) => {
    expect(alternatesFor(pathname, undefined)).toEqual({ ru: '/ru/', ky: '/ky/' });
  });
});
