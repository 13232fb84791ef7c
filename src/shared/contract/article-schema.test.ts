import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import article1001Json from '../../../content/articles/1001.json';
import article1002Json from '../../../content/articles/1002.json';
import { RUBRICS } from '../i18n/rubrics.ts';
import { describeIssues } from '../lib/schema-primitives.ts';
import { articleFixture, imageBlock, without } from '../../test/article-fixtures.ts';
import { ArticleSchema, ReaderArticleSchema } from './article-schema.ts';
import { HOSTILE_ARTICLE, UNSAFE_LINKS, UNSAFE_MEDIA } from '../../test/hostile-articles.ts';

/** The "path: message" lines the schema reports for `input`; empty when it parses. */
function problemsOf(input: unknown): string[] {
  const result = v.safeParse(ArticleSchema, input);
  return result.success ? [] : describeIssues(result.issues);
}

/** The dot paths of the problems, in order. */
function pathsOf(input: unknown): string[] {
  return problemsOf(input).map((line) => line.slice(0, line.indexOf(':')));
}

const valid = articleFixture();

function withBody(...blocks: unknown[]) {
  return { ...valid, body: blocks };
}

function withHref(href: string) {
  return withBody({ type: 'paragraph', runs: [{ text: 'ссылка', href }] });
}

describe('ArticleSchema: the shipped content', () => {
  it.each([
    ['1001', article1001Json],
    ['1002', article1002Json],
  ])('content/articles/%s.json parses', (id, json) => {
    const result = v.safeParse(ArticleSchema, json);
    expect(result.success ? [] : describeIssues(result.issues)).toEqual([]);
    expect(result.output).toMatchObject({ id });
  });

  it('names the Russian and Kyrgyz versions as each other’s translations', () => {
    const ru = v.parse(ArticleSchema, article1001Json);
    const ky = v.parse(ArticleSchema, article1002Json);
    expect([ru.lang, ru.translations.ky]).toEqual(['ru', '1002']);
    expect([ky.lang, ky.translations.ru]).toEqual(['ky', '1001']);
  });

  it('gives an article without translations an empty map', () => {
    expect(v.parse(ArticleSchema, without(valid, 'translations')).translations).toEqual({});
  });

  it('accepts every kind of block', () => {
    const input = withBody(
      { type: 'subheading', text: 'Подзаголовок' },
      { type: 'quote', text: 'Цитата', cite: 'Министр' },
      imageBlock({ sources: [{ src: '/media/photo-640.jpg', width: 640 }], caption: 'Подпись' }),
      { type: 'paragraph', runs: [{ text: 'Сайт', href: 'https://mfa.gov.kg/', strong: true }] },
    );
    expect(problemsOf(input)).toEqual([]);
  });
});

describe('ArticleSchema: each failure names its field', () => {
  it('a missing title', () => {
    expect(pathsOf(without(valid, 'title'))).toEqual(['title']);
  });

  it.each(['', '   ', '\n\t'])('an empty title (%j)', (title) => {
    expect(problemsOf({ ...valid, title })).toEqual(['title: must not be empty']);
  });

  it.each(['2017-07-12T00:00:00', '2017-07-12', '12.07.2017 00:00', '2017-07-12T00:00:00+0600'])(
    'publishedAt %j without an offset or in another format',
    (publishedAt) => {
      expect(problemsOf({ ...valid, publishedAt })).toEqual([
        'publishedAt: must be an ISO 8601 date and time with an offset',
      ]);
    },
  );

  it.each([
    '2017-02-30T00:00:00+06:00',
    '2017-02-29T12:00:00Z',
    '2017-13-01T00:00:00Z',
    '2017-04-31T00:00:00Z',
    '2017-07-12T24:00:00Z',
    '2017-07-12T12:60:00Z',
  ])('publishedAt %j that is no real moment', (publishedAt) => {
    expect(pathsOf({ ...valid, publishedAt })).toEqual(['publishedAt']);
  });

  it('accepts 29 February of a leap year, UTC and fractions of a second', () => {
    expect(problemsOf({ ...valid, publishedAt: '2024-02-29T23:59:59.123Z' })).toEqual([]);
  });

  it('an updatedAt without an offset', () => {
    expect(pathsOf({ ...valid, updatedAt: '2017-07-13T10:00:00' })).toEqual(['updatedAt']);
  });

  it.each(['alt', 'width', 'height'])('an image without %s', (field) => {
    expect(pathsOf(withBody(valid.body[0], without(imageBlock(), field)))).toEqual([
      `body.1.${field}`,
    ]);
  });

  it('an image whose width is not a positive whole number', () => {
    expect(pathsOf(withBody(imageBlock({ width: 0 })))).toEqual(['body.0.width']);
    expect(pathsOf(withBody(imageBlock({ height: 1.5 })))).toEqual(['body.0.height']);
  });

  it('an image with an unsafe src or srcset candidate', () => {
    expect(pathsOf(withBody(imageBlock({ src: 'javascript:alert(1)' })))).toEqual(['body.0.src']);
    expect(
      pathsOf(withBody(imageBlock({ sources: [{ src: 'data:image/png;base64,AA', width: 2 }] }))),
    ).toEqual(['body.0.sources.0.src']);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '  javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    ' data:text/html,x',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    '   vbscript:msgbox(1)',
  ])('a link with the href %j', (href) => {
    expect(problemsOf(withHref(href))).toEqual([
      'body.0.runs.0.href: must be an http(s), mailto or tel URL or a path',
    ]);
  });

  it.each(['https://mfa.gov.kg/ru', 'http://example.org', 'mailto:news@example.org', '/ru/'])(
    'accepts the link %j',
    (href) => {
      expect(problemsOf(withHref(href))).toEqual([]);
    },
  );

  it('an unknown block type', () => {
    expect(problemsOf(withBody(valid.body[0], { type: 'video', src: '/a.mp4' }))).toEqual([
      'body.1.type: must be a paragraph, subheading, quote or image block',
    ]);
  });

  it('a body without blocks, a paragraph without runs, an empty run', () => {
    expect(pathsOf({ ...valid, body: [] })).toEqual(['body']);
    expect(pathsOf(withBody({ type: 'paragraph', runs: [] }))).toEqual(['body.0.runs']);
    expect(pathsOf(withBody({ type: 'paragraph', runs: [{ text: '' }] }))).toEqual([
      'body.0.runs.0.text',
    ]);
  });

  it.each(['en', 'kg', 'RU', ''])('lang %j', (lang) => {
    expect(problemsOf({ ...valid, lang })).toEqual(['lang: must be "ru" or "ky"']);
  });

  it.each(['politika', 'Politics', 'sports', ''])(
    'a rubric the newsroom does not have (%j)',
    (rubric) => {
      expect(problemsOf({ ...valid, rubric })).toEqual([
        'rubric: must be one of politics, economy, society, world, culture, sport',
      ]);
    },
  );

  it.each(RUBRICS)('accepts the rubric %j', (rubric) => {
    expect(problemsOf({ ...valid, rubric })).toEqual([]);
  });

  it('a translation into a language we do not publish', () => {
    expect(pathsOf({ ...valid, translations: { en: '3001' } })).toEqual(['translations.en']);
  });

  it('a translation id that is no id', () => {
    expect(pathsOf({ ...valid, translations: { ky: 'Bad Id' } })).toEqual(['translations.ky']);
  });

  it('an article that is its own translation', () => {
    expect(problemsOf({ ...valid, lang: 'ru', translations: { ru: '2002' } })).toEqual([
      'translations: an article cannot be its own translation',
    ]);
    expect(problemsOf({ ...valid, lang: 'ky', translations: { ky: '2002' } })).toEqual([
      'translations: an article cannot be its own translation',
    ]);
  });

  it.each([
    'Bad-Slug',
    'two words',
    'kyrgyz-дипломаты',
    '-leading',
    'trailing-',
    'double--hyphen',
    '',
    'a'.repeat(121),
  ])('slug %j', (slug) => {
    expect(pathsOf({ ...valid, slug })).toEqual(['slug']);
  });

  it('accepts a slug of 120 characters', () => {
    expect(problemsOf({ ...valid, slug: 'a'.repeat(120) })).toEqual([]);
  });

  it.each(['ABC', '10 01', '-1001', '1001-', '../1001', '', 'a'.repeat(65)])('id %j', (id) => {
    expect(pathsOf({ ...valid, id })).toEqual(['id']);
  });

  it('an id that is a number, not a string', () => {
    expect(pathsOf({ ...valid, id: 1001 })).toEqual(['id']);
  });

  it('reports every problem at once', () => {
    expect(pathsOf({ ...valid, id: 'X', lang: 'en', title: '' })).toEqual(['id', 'lang', 'title']);
  });
});

describe('ReaderArticleSchema: unsafe addresses from the API', () => {
  it('accepts a story whose links and pictures have unsafe addresses (the view drops them)', () => {
    const result = v.safeParse(ReaderArticleSchema, HOSTILE_ARTICLE);
    expect(result.success ? [] : describeIssues(result.issues)).toEqual([]);
  });

  it('still refuses what is not a story', () => {
    expect(v.is(ReaderArticleSchema, { ...valid, body: [] })).toBe(false);
    expect(
      v.is(ReaderArticleSchema, withBody({ type: 'paragraph', runs: [{ text: 'x', href: 42 }] })),
    ).toBe(false);
  });

  it.each(UNSAFE_LINKS)('ArticleSchema (content) still refuses the link %j', (href) => {
    expect(pathsOf(withHref(href))).toEqual(['body.0.runs.0.href']);
  });

  it.each(UNSAFE_MEDIA)('ArticleSchema (content) still refuses the picture %j', (src) => {
    expect(pathsOf(withBody(imageBlock({ src })))).toEqual(['body.0.src']);
  });
});
