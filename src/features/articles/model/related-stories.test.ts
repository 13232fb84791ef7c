import { describe, expect, it } from 'vitest';
import { articleFixture, feedItemFixture } from '../../../test/article-fixtures.ts';
import { relatedStories } from './related-stories.ts';

const story = articleFixture({ id: '5000', translations: { ky: '5001' } });

/** A feed item published on `day` of July 2017, Bishkek time. */
function onDay(id: string, day: number) {
  return feedItemFixture({
    id,
    slug: `novost-${id}`,
    title: `Новость ${id}`,
    publishedAt: `2017-07-${String(day).padStart(2, '0')}T10:00:00+06:00`,
  });
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('relatedStories', () => {
  it('merges the feeds newest first', () => {
    const rubric = [onDay('12', 12), onDay('3', 3)];
    const tag = [onDay('20', 20), onDay('7', 7)];
    expect(ids(relatedStories(story, [rubric, tag]))).toEqual(['20', '12', '7', '3']);
  });

  it('lists a story found in several feeds once', () => {
    const shared = onDay('15', 15);
    const result = relatedStories(story, [
      [shared, onDay('2', 2)],
      [shared],
      [onDay('9', 9), shared],
    ]);
    expect(ids(result)).toEqual(['15', '9', '2']);
  });

  it('leaves out the story itself and its translations', () => {
    const feed = [onDay('5001', 20), onDay('5000', 19), onDay('10', 10)];
    expect(ids(relatedStories(story, [feed, [onDay('5000', 19)]]))).toEqual(['10']);
  });

  it('keeps the newest four', () => {
    const feed = [1, 2, 3, 4, 5, 6].map((day) => onDay(String(day), day));
    expect(ids(relatedStories(story, [feed.slice(0, 3), feed.slice(3)]))).toEqual([
      '6',
      '5',
      '4',
      '3',
    ]);
    expect(ids(relatedStories(story, [feed], 2))).toEqual(['6', '5']);
  });

  it('orders by the moment of publication across time zones, then by id', () => {
    const earlierInUtc = feedItemFixture({ id: 'a', publishedAt: '2017-07-12T09:00:00+06:00' });
    const laterInUtc = feedItemFixture({ id: 'b', publishedAt: '2017-07-12T04:00:00Z' });
    const sameMomentAsB = feedItemFixture({ id: 'c', publishedAt: '2017-07-12T10:00:00+06:00' });
    expect(ids(relatedStories(story, [[earlierInUtc, laterInUtc, sameMomentAsB]]))).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('finds the newest however the candidates are spread and ordered', () => {
    // Days 1–28 dealt round three feeds in a scrambled order (5 and 28 share no factor).
    const days = Array.from({ length: 28 }, (_, index) => ((index * 5) % 28) + 1);
    const feeds: ReturnType<typeof onDay>[][] = [[], [], []];
    days.forEach((day, index) => feeds[index % 3]?.push(onDay(String(day), day)));
    expect(ids(relatedStories(story, feeds))).toEqual(['28', '27', '26', '25']);
    expect(ids(relatedStories(story, feeds, 0))).toEqual([]);
  });

  it('orders a tie by id, descending, whichever comes first', () => {
    const b = feedItemFixture({ id: 'b', publishedAt: '2017-07-12T04:00:00Z' });
    const c = feedItemFixture({ id: 'c', publishedAt: '2017-07-12T10:00:00+06:00' });
    expect(ids(relatedStories(story, [[c, b]]))).toEqual(['c', 'b']);
    expect(ids(relatedStories(story, [[b], [c]]))).toEqual(['c', 'b']);
  });

  it('keeps what slicing to the limit would, for a limit that is not a whole number', () => {
    const feed = [1, 2, 3].map((day) => onDay(String(day), day));
    expect(ids(relatedStories(story, [feed], 2.5))).toEqual(['3', '2']);
    expect(relatedStories(story, [feed], Number.NaN)).toEqual([]);
    expect(relatedStories(story, [feed], -1)).toEqual([]);
  });

  it('has nothing to suggest without feeds, or with only the story in them', () => {
    expect(relatedStories(story, [])).toEqual([]);
    expect(relatedStories(story, [[], [onDay('5000', 12)]])).toEqual([]);
  });
});
