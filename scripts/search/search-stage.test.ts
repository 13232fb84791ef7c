// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleFixture } from '../../src/test/article-fixtures.ts';
import { storyOf } from '../content/load-sources.ts';
import { searchParts } from './search-stage.ts';

function story(id: string, publishedAt: string) {
  return storyOf(articleFixture({ id, slug: `s-${id}`, publishedAt }));
}

const idsOf = (parts: ReturnType<typeof searchParts>) =>
  parts.map((part) => part.map(({ item }) => item.id));

describe('searchParts', () => {
  it('cuts an edition into parts from its oldest story, by time and then by id', () => {
    const stories = [
      story('1005', '2017-07-15T10:00:00+06:00'),
      story('1002', '2017-07-12T10:00:00+06:00'),
      // The same moment in another zone: the id decides.
      story('1001', '2017-07-12T04:00:00Z'),
      story('1004', '2017-07-14T10:00:00+06:00'),
      story('1003', '2017-07-13T10:00:00+06:00'),
    ];
    expect(idsOf(searchParts(stories, 2))).toEqual([['1001', '1002'], ['1003', '1004'], ['1005']]);
  });

  it('puts a new story in the newest part, leaving the full ones as they were', () => {
    const stories = ['1', '2', '3', '4'].map((day) =>
      story(`100${day}`, `2017-07-1${day}T10:00:00+06:00`),
    );
    const before = idsOf(searchParts(stories, 3));
    const after = idsOf(searchParts([...stories, story('1009', '2017-07-19T10:00:00+06:00')], 3));
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual([...(before[1] ?? []), '1009']);
  });

  it('has no part for an edition with no stories', () => {
    expect(searchParts([], 2000)).toEqual([]);
  });
});
