// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FeedPageSchema } from '../../src/features/articles/model/feed-schema.ts';
import { articleFixture, feedItemFixture } from '../../src/test/article-fixtures.ts';
import { FEED_PAGE_SIZE, feedItemOf, newestFirst, paginate } from './build-api.ts';

describe('feedItemOf', () => {
  it('keeps what a feed shows and drops the body', () => {
    const item = feedItemOf(articleFixture({ lead: 'Лид', rubric: 'politics', place: 'Бишкек' }));
    expect(item).toEqual({
      id: '2001',
      lang: 'ru',
      slug: 'testovaya-novost',
      title: 'Тестовая новость',
      lead: 'Лид',
      publishedAt: '2017-07-12T00:00:00+06:00',
      rubric: 'politics',
    });
  });

  it('leaves out lead and rubric rather than writing undefined', () => {
    const item = feedItemOf(articleFixture({ body: [{ type: 'subheading', text: 'x' }] }));
    expect(Object.keys(item)).not.toContain('lead');
    expect(Object.keys(item)).not.toContain('rubric');
  });
});

describe('newestFirst', () => {
  it('orders by publication time, newest first, across time zones', () => {
    const items = [
      feedItemFixture({ id: 'a', publishedAt: '2017-07-12T09:00:00+06:00' }), // 03:00 UTC
      feedItemFixture({ id: 'b', publishedAt: '2017-07-12T04:00:00Z' }),
      feedItemFixture({ id: 'c', publishedAt: '2017-07-11T23:00:00Z' }),
    ];
    expect([...items].sort(newestFirst).map(({ id }) => id)).toEqual(['b', 'a', 'c']);
  });

  it('breaks ties by id, the same way whatever the input order', () => {
    const at = '2017-07-12T00:00:00+06:00';
    const items = ['1001', '1003', '1002'].map((id) => feedItemFixture({ id, publishedAt: at }));
    const expected = ['1003', '1002', '1001'];
    expect([...items].sort(newestFirst).map(({ id }) => id)).toEqual(expected);
    expect(
      [...items]
        .reverse()
        .sort(newestFirst)
        .map(({ id }) => id),
    ).toEqual(expected);
    // The same instant written in two zones is a tie too.
    const a = feedItemFixture({ id: 'a', publishedAt: '2017-07-12T06:00:00+06:00' });
    const b = feedItemFixture({ id: 'b', publishedAt: '2017-07-12T00:00:00Z' });
    expect(newestFirst(a, b)).toBeGreaterThan(0);
    expect(newestFirst(b, a)).toBeLessThan(0);
    expect(newestFirst(a, a)).toBe(0);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 5 }, (_, index) => feedItemFixture({ id: `${index + 1}` }));

  it('splits into pages of a fixed size', () => {
    const pages = paginate('ru', items, 2);
    expect(
      pages.map(({ page, pageCount, pageSize, total }) => [page, pageCount, pageSize, total]),
    ).toEqual([
      [1, 3, 2, 5],
      [2, 3, 2, 5],
      [3, 3, 2, 5],
    ]);
    expect(pages.map((page) => page.items.map(({ id }) => id))).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5'],
    ]);
  });

  it('fills the last page exactly when the items divide evenly', () => {
    const pages = paginate('ky', items.slice(0, 4), 2);
    expect(pages).toHaveLength(2);
    expect(pages[1]?.items).toHaveLength(2);
  });

  it('uses pages of 20 by default', () => {
    const many = Array.from({ length: 41 }, (_, index) => feedItemFixture({ id: `${index}` }));
    const pages = paginate('ru', many);
    expect(FEED_PAGE_SIZE).toBe(20);
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 1]);
  });

  it('gives an empty feed page 1 with no items', () => {
    expect(paginate('ky', [])).toEqual([
      { lang: 'ky', page: 1, pageCount: 1, pageSize: 20, total: 0, items: [] },
    ]);
  });

  it('makes pages the client’s schema accepts', () => {
    for (const page of [...paginate('ru', items, 2), ...paginate('ky', [])]) {
      expect(v.safeParse(FeedPageSchema, page).success).toBe(true);
    }
  });
});
