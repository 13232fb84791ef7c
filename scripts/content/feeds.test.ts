// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FeedHeadSchema, FeedPageSchema } from '../../src/shared/contract/feed-schema.ts';
import { feedItemFixture } from '../../src/test/article-fixtures.ts';
import { feedFiles, feedKey, groupFeeds, newestFirst } from './feeds.ts';
import { storyOf } from './load-sources.ts';
import { articleFixture } from '../../src/test/article-fixtures.ts';

const LATEST = { lang: 'ru', kind: 'latest' } as const;

/** `count` stories, newest first: ids count, count - 1, … 1. */
function stories(count: number) {
  return Array.from({ length: count }, (_, index) =>
    feedItemFixture({ id: String(count - index), slug: `s-${count - index}` }),
  );
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

function filesOf(count: number, pageSize = 3) {
  const files = new Map(feedFiles(LATEST, stories(count), pageSize));
  const head = v.parse(FeedHeadSchema, files.get('ru/latest.json'));
  const page = (n: number) => v.parse(FeedPageSchema, files.get(`ru/latest/${n}.json`));
  return { files, head, page };
}

describe('feedFiles', () => {
  it('numbers pages from the oldest, each newest first, links to either side', () => {
    const { files, page } = filesOf(7);
    expect([...files.keys()]).toEqual([
      'ru/latest.json',
      'ru/latest/1.json',
      'ru/latest/2.json',
      'ru/latest/3.json',
    ]);
    expect(page(1)).toEqual({ lang: 'ru', page: 1, items: page(1).items, newer: 2 });
    expect(ids(page(1).items)).toEqual(['3', '2', '1']);
    expect(ids(page(2).items)).toEqual(['6', '5', '4']);
    expect(page(2)).toMatchObject({ newer: 3, older: 1 });
    expect(ids(page(3).items)).toEqual(['7']);
    expect(page(3).newer).toBeUndefined();
  });

  it('leaves a full page as it is when a story is published', () => {
    const before = filesOf(7).files;
    const after = filesOf(8).files;
    expect(after.get('ru/latest/1.json')).toEqual(before.get('ru/latest/1.json'));
    expect(after.get('ru/latest/2.json')).toEqual(before.get('ru/latest/2.json'));
    expect(after.get('ru/latest/3.json')).not.toEqual(before.get('ru/latest/3.json'));
  });

  it('shows on the head the newest page, and the one before while the newest is not full', () => {
    const partly = filesOf(7).head;
    expect(ids(partly.items)).toEqual(['7', '6', '5', '4']);
    expect(partly.older).toBe(1);
    const full = filesOf(9).head;
    expect(ids(full.items)).toEqual(['9', '8', '7']);
    expect(full.older).toBe(2);
    const small = filesOf(2).head;
    expect(ids(small.items)).toEqual(['2', '1']);
    expect(small.older).toBeUndefined();
  });

  it('publishes the head alone for a feed without stories', () => {
    const { files, head } = filesOf(0);
    expect([...files.keys()]).toEqual(['ru/latest.json']);
    expect(head).toEqual({ lang: 'ru', items: [] });
  });
});

describe('groupFeeds', () => {
  it('lists each story in its edition, rubric and tags, newest first, every rubric present', () => {
    const one = storyOf(
      articleFixture({ id: '1', slug: 'a', rubric: 'sport', tags: ['Ош', 'ОШ', 'Бишкек'] }),
    );
    const two = storyOf(
      articleFixture({ id: '2', slug: 'b', publishedAt: '2017-07-13T00:00:00+06:00' }),
    );
    const feeds = groupFeeds([one, two]);
    expect(ids(feeds.get('ru/latest')?.items ?? [])).toEqual(['2', '1']);
    expect(ids(feeds.get('ru/rubrics/sport')?.items ?? [])).toEqual(['1']);
    expect(feeds.get('ru/rubrics/world')?.items).toEqual([]);
    expect(feeds.get('ky/latest')?.items).toEqual([]);
    expect(ids(feeds.get('ru/tags/osh')?.items ?? [])).toEqual(['1']);
    expect(ids(feeds.get('ru/tags/bishkek')?.items ?? [])).toEqual(['1']);
    expect(feeds.has('ky/tags/osh')).toBe(false);
  });

  it('names feeds as their files are named', () => {
    expect(feedKey({ lang: 'ky', kind: 'tags', key: 'osh' })).toBe('ky/tags/osh');
    expect(feedKey(LATEST)).toBe('ru/latest');
  });
});

describe('newestFirst', () => {
  it('orders by the instant published, across offsets, ties by id', () => {
    const items = [
      feedItemFixture({ id: 'a', publishedAt: '2017-07-12T10:00:00+06:00' }),
      feedItemFixture({ id: 'b', publishedAt: '2017-07-12T05:00:00Z' }),
      feedItemFixture({ id: 'c', publishedAt: '2017-07-12T10:00:00+06:00' }),
    ];
    expect(ids([...items].sort(newestFirst))).toEqual(['b', 'c', 'a']);
  });
});
