// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleFixture } from '../../src/test/article-fixtures.ts';
import { groupFeeds } from './feeds.ts';
import { storyOf, type Story } from './load-sources.ts';
import { IndexedFeed, relatedFeedKeys, relatedStories } from './related-stories.ts';

/** A story of 2017 published on `day` of July, in a rubric and with tags. */
function story(id: string, day: number, overrides: Parameters<typeof articleFixture>[0] = {}) {
  return storyOf(
    articleFixture({
      id,
      slug: `novost-${id}`,
      title: `Новость ${id}`,
      publishedAt: `2017-07-${String(day).padStart(2, '0')}T10:00:00+06:00`,
      rubric: 'politics',
      ...overrides,
    }),
  );
}

/** The story at `index`, which the test knows is there. */
function nth(stories: readonly Story[], index: number): Story {
  const found = stories[index];
  if (!found) throw new Error(`no story at ${index}`);
  return found;
}

function relatedOf(target: Story, all: readonly Story[]) {
  const feeds = groupFeeds(all);
  return relatedStories(target, (key) => {
    const items = feeds.get(key)?.items;
    return items && new IndexedFeed(items);
  }).map((item) => item.id);
}

describe('relatedFeedKeys', () => {
  it('names the rubric’s feed and the first two tags’ feeds in the story’s edition', () => {
    const target = story('1', 1, { lang: 'ky', tags: ['ОИС', 'МИД', 'Абиджан'] });
    expect(relatedFeedKeys(target)).toEqual(['ky/tags/ois', 'ky/tags/mid', 'ky/rubrics/politics']);
    expect(relatedFeedKeys(story('2', 1, { rubric: undefined }))).toEqual([]);
  });
});

describe('relatedStories', () => {
  it('suggests the stories published closest in time around it, newest first', () => {
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((day) => story(String(day), day));
    expect(relatedOf(nth(all, 4), all)).toEqual(['7', '6', '4', '3']);
    // At the end of a feed, from one side only.
    expect(relatedOf(nth(all, 8), all)).toEqual(['8', '7']);
  });

  it('puts the stories sharing a tag before those sharing only the rubric, each once', () => {
    const target = story('10', 10, { tags: ['Ош'] });
    const all = [
      target,
      story('11', 11),
      story('9', 9),
      story('20', 20, { rubric: 'sport', tags: ['Ош'] }),
      story('2', 2, { tags: ['Ош'] }),
      story('12', 12),
    ];
    // 20 and 2 share the tag, far as they are in time; then the rubric's closest, 11 and 9.
    expect(relatedOf(target, all)).toEqual(['20', '11', '9', '2']);
  });

  it('never suggests the story itself or one of its translations', () => {
    const target = story('20', 20, { translations: { ky: '21' } });
    const translation = story('21', 20, { lang: 'ky' });
    const all = [target, translation, story('19', 19), story('22', 22)];
    expect(relatedOf(target, all)).toEqual(['22', '19']);
  });

  it('suggests at most four, and none for a story alone in its feeds', () => {
    const all = Array.from({ length: 12 }, (_, index) => story(String(index + 1), index + 1));
    expect(relatedOf(nth(all, 5), all)).toHaveLength(4);
    const alone = story('30', 3, { rubric: 'culture' });
    expect(relatedOf(alone, [alone, ...all])).toEqual([]);
  });

  it('changes for a few stories only when one is published', () => {
    const all = Array.from({ length: 30 }, (_, index) => story(String(index + 1), index + 1));
    const published = story('31', 31);
    const changed = all.filter(
      (target) => relatedOf(target, all).join() !== relatedOf(target, [...all, published]).join(),
    );
    expect(changed.map(({ item }) => item.id)).toEqual(['29', '30']);
  });
});
