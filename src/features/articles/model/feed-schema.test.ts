import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../../shared/lib/schema-primitives.ts';
import { feedItemFixture, feedPageFixture, without } from '../../../test/article-fixtures.ts';
import { FeedPageSchema } from './feed-schema.ts';

function problemsOf(input: unknown): string[] {
  const result = v.safeParse(FeedPageSchema, input);
  return result.success ? [] : describeIssues(result.issues);
}

describe('FeedPageSchema', () => {
  it('accepts a page of items', () => {
    expect(problemsOf(feedPageFixture('ru'))).toEqual([]);
  });

  it('accepts the empty first page of an empty feed', () => {
    expect(problemsOf(feedPageFixture('ky', { items: [], total: 0 }))).toEqual([]);
  });

  it('rejects a page beyond the page count', () => {
    expect(problemsOf(feedPageFixture('ru', { page: 4, pageCount: 3 }))).toEqual([
      'page must not exceed pageCount',
    ]);
  });

  it('accepts the last page', () => {
    expect(problemsOf(feedPageFixture('ru', { page: 3, pageCount: 3 }))).toEqual([]);
  });

  it('rejects more items than the page size', () => {
    const items = [feedItemFixture({ id: '1' }), feedItemFixture({ id: '2' })];
    expect(problemsOf(feedPageFixture('ru', { items, pageSize: 1 }))).toEqual([
      'a page holds at most pageSize items',
    ]);
  });

  it('rejects page 0, a negative total and an unknown language', () => {
    expect(problemsOf(feedPageFixture('ru', { page: 0 }))[0]).toMatch(/^page: /);
    expect(problemsOf({ ...feedPageFixture('ru'), total: -1 })[0]).toMatch(/^total: /);
    expect(problemsOf({ ...feedPageFixture('ru'), lang: 'en' })).toEqual([
      'lang: must be "ru" or "ky"',
    ]);
  });

  it('accepts an item in one of the rubrics and rejects one in any other', () => {
    const inRubric = [feedItemFixture({ rubric: 'culture' })];
    expect(problemsOf(feedPageFixture('ru', { items: inRubric }))).toEqual([]);
    const elsewhere = [{ ...feedItemFixture(), rubric: 'kultura' }];
    expect(problemsOf({ ...feedPageFixture('ru'), items: elsewhere })).toEqual([
      'items.0.rubric: must be one of politics, economy, society, world, culture, sport',
    ]);
  });

  it('names the item and field of a bad item', () => {
    const items = [feedItemFixture(), without(feedItemFixture({ id: '2' }), 'title')];
    expect(problemsOf({ ...feedPageFixture('ru'), items })[0]).toMatch(/^items\.1\.title: /);
    const badDate = [feedItemFixture({ publishedAt: '2017-07-12' })];
    expect(problemsOf({ ...feedPageFixture('ru'), items: badDate })).toEqual([
      'items.0.publishedAt: must be an ISO 8601 date and time with an offset',
    ]);
  });
});
