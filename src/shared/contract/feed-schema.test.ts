import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../lib/schema-primitives.ts';
import {
  feedHeadFixture,
  feedItemFixture,
  feedPageFixture,
  without,
} from '../../test/article-fixtures.ts';
import { FeedHeadSchema, FeedPageSchema, RelatedStoriesSchema } from './feed-schema.ts';

function problemsWith(schema: v.GenericSchema, input: unknown): string[] {
  const result = v.safeParse(schema, input);
  return result.success ? [] : describeIssues(result.issues);
}

const headProblems = (input: unknown) => problemsWith(FeedHeadSchema, input);
const pageProblems = (input: unknown) => problemsWith(FeedPageSchema, input);

describe('FeedHeadSchema', () => {
  it('accepts a feed’s newest stories, with or without an older page to go on to', () => {
    expect(headProblems(feedHeadFixture('ru'))).toEqual([]);
    expect(headProblems(feedHeadFixture('ky', { older: 3 }))).toEqual([]);
  });

  it('accepts the head of a feed with no stories', () => {
    expect(headProblems(feedHeadFixture('ky', { items: [] }))).toEqual([]);
  });

  it('rejects an older page that is no page number', () => {
    expect(pathsOf(headProblems({ ...feedHeadFixture('ru'), older: 0 }))).toEqual(['older']);
    expect(pathsOf(headProblems({ ...feedHeadFixture('ru'), older: 1.5 }))).toEqual(['older']);
    expect(pathsOf(headProblems({ ...feedHeadFixture('ru'), older: '2' }))).toEqual(['older']);
  });

  it('rejects an unknown language and a head without items', () => {
    expect(headProblems({ ...feedHeadFixture('ru'), lang: 'en' })).toEqual([
      'lang: must be "ru" or "ky"',
    ]);
    expect(pathsOf(headProblems(without(feedHeadFixture('ru'), 'items')))).toEqual(['items']);
  });

  it('names the item and field of a bad item', () => {
    const items = [feedItemFixture(), without(feedItemFixture({ id: '2' }), 'slug')];
    expect(pathsOf(headProblems({ ...feedHeadFixture('ru'), items }))).toEqual(['items.1.slug']);
  });
});

describe('FeedPageSchema', () => {
  it('accepts a page of the archive with its neighbours', () => {
    expect(pageProblems(feedPageFixture('ru', { page: 2, newer: 3, older: 1 }))).toEqual([]);
  });

  it('accepts the oldest page, which has no older page, and the only one, which has neither', () => {
    expect(pageProblems(feedPageFixture('ru', { page: 1, newer: 2 }))).toEqual([]);
    expect(pageProblems(feedPageFixture('ky', { page: 1 }))).toEqual([]);
  });

  it('rejects page 0, a neighbour that is no page and an unknown language', () => {
    expect(pathsOf(pageProblems(feedPageFixture('ru', { page: 0 })))).toEqual(['page']);
    expect(pathsOf(pageProblems(feedPageFixture('ru', { page: 2, newer: 2.5 })))).toContain(
      'newer',
    );
    expect(pathsOf(pageProblems(feedPageFixture('ru', { page: 2, older: -1 })))).toContain('older');
    expect(pageProblems({ ...feedPageFixture('ru'), lang: 'en' })).toEqual([
      'lang: must be "ru" or "ky"',
    ]);
  });

  it('rejects neighbours that are not the pages either side', () => {
    expect(pageProblems(feedPageFixture('ru', { page: 2, newer: 4 }))).toEqual([
      'newer and older must be the pages either side',
    ]);
    expect(pageProblems(feedPageFixture('ru', { page: 3, older: 1 }))).toEqual([
      'newer and older must be the pages either side',
    ]);
  });

  it('rejects a page that does not say which page it is', () => {
    expect(pathsOf(pageProblems(without(feedPageFixture('ru'), 'page')))).toEqual(['page']);
  });

  it('accepts an item in one of the rubrics and rejects one in any other', () => {
    const inRubric = [feedItemFixture({ rubric: 'culture' })];
    expect(pageProblems(feedPageFixture('ru', { items: inRubric }))).toEqual([]);
    const elsewhere = [{ ...feedItemFixture(), rubric: 'kultura' }];
    expect(pageProblems({ ...feedPageFixture('ru'), items: elsewhere })).toEqual([
      'items.0.rubric: must be one of politics, economy, society, world, culture, sport',
    ]);
  });

  it('names the item and field of a bad item', () => {
    const items = [feedItemFixture(), without(feedItemFixture({ id: '2' }), 'title')];
    expect(pageProblems({ ...feedPageFixture('ru'), items })[0]).toMatch(/^items\.1\.title: /);
    const badDate = [feedItemFixture({ publishedAt: '2017-07-12' })];
    expect(pageProblems({ ...feedPageFixture('ru'), items: badDate })).toEqual([
      'items.0.publishedAt: must be an ISO 8601 date and time with an offset',
    ]);
  });
});

describe('RelatedStoriesSchema', () => {
  it('accepts the stories chosen for a story, in either language, and none', () => {
    const items = [feedItemFixture({ id: '3001' }), feedItemFixture({ id: '3002', lang: 'ky' })];
    expect(problemsWith(RelatedStoriesSchema, { items })).toEqual([]);
    expect(problemsWith(RelatedStoriesSchema, { items: [] })).toEqual([]);
  });

  it('names the item and field of a bad item', () => {
    const items = [feedItemFixture(), { ...feedItemFixture({ id: '3002' }), id: 'Not An Id' }];
    expect(pathsOf(problemsWith(RelatedStoriesSchema, { items }))).toEqual(['items.1.id']);
    expect(pathsOf(problemsWith(RelatedStoriesSchema, {}))).toEqual(['items']);
  });
});

/** The dot paths of "path: message" lines, in order. */
function pathsOf(problems: string[]): string[] {
  return problems.map((line) => line.slice(0, line.indexOf(':')));
}
