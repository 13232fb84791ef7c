// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/features/articles/model/article-schema.ts';
import { FeedPageSchema } from '../../src/features/articles/model/feed-schema.ts';
import { article1001, articleFixture, feedItemFixture } from '../../src/test/article-fixtures.ts';
import { FEED_PAGE_SIZE, feedItemOf, leadOf, newestFirst, paginate } from './build-api.ts';

function withText(...texts: string[]): Article {
  return articleFixture({ body: [{ type: 'paragraph', runs: texts.map((text) => ({ text })) }] });
}

describe('leadOf', () => {
  it('prefers the article’s own lead', () => {
    expect(leadOf(articleFixture({ lead: 'Свой лид.' }))).toBe('Свой лид.');
  });

  it('takes the first paragraph, skipping other blocks, joining runs and white space', () => {
    const article = articleFixture({
      body: [
        { type: 'subheading', text: 'Подзаголовок' },
        {
          type: 'paragraph',
          runs: [{ text: '  Кемелова  встретилась\n' }, { text: 'с генсеком.' }],
        },
        { type: 'paragraph', runs: [{ text: 'Второй абзац.' }] },
      ],
    });
    expect(leadOf(article)).toBe('Кемелова встретилась с генсеком.');
  });

  it('has no lead for a story without paragraphs', () => {
    expect(leadOf(articleFixture({ body: [{ type: 'subheading', text: 'Только' }] }))).toBe(
      undefined,
    );
  });

  it('keeps a paragraph of exactly 220 characters whole', () => {
    const text = 'а'.repeat(220);
    expect(leadOf(withText(text))).toBe(text);
  });

  it('cuts a long paragraph at a word boundary and adds an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, index) => `слово${index}`);
    const lead = leadOf(withText(words.join(' '))) ?? '';
    expect(lead.endsWith('…')).toBe(true);
    expect(lead.length).toBeLessThanOrEqual(221);
    const kept = lead.slice(0, -1).split(' ');
    // Only whole words, in order, and as many as fit.
    expect(kept).toEqual(words.slice(0, kept.length));
    expect(words.slice(0, kept.length + 1).join(' ').length).toBeGreaterThan(220);
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    // The cut falls after "конец," so the comma must not precede the ellipsis.
    const text = `${'а'.repeat(200)} конец, ${'б'.repeat(40)}`;
    expect(leadOf(withText(text))).toBe(`${'а'.repeat(200)} конец…`);
  });

  it('cuts mid-word only when no space lies in the second half', () => {
    const text = `${'а'.repeat(100)} ${'б'.repeat(200)}`;
    expect(leadOf(withText(text))).toBe(`${text.slice(0, 220)}…`);
  });

  it('gives the shipped story a lead starting with its first words', () => {
    const lead = leadOf(article1001) ?? '';
    expect(lead.startsWith('12 июля в г. Абиджан')).toBe(true);
    expect(lead.endsWith('…')).toBe(true);
  });
});

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
