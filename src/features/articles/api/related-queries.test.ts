import { describe, expect, it } from 'vitest';
import { feedQueries } from './feed-queries.ts';
import { relatedFeedQueries } from './related-queries.ts';

const keysOf = (queries: readonly { queryKey: readonly unknown[] }[]) =>
  queries.map(({ queryKey }) => queryKey);

describe('relatedFeedQueries', () => {
  it('asks for the first page of the rubric’s feed and of the first two tags’ feeds', () => {
    const queries = relatedFeedQueries('ru', {
      rubric: 'politics',
      tags: ['ОИС', 'МИД', 'Абиджан'],
    });
    expect(keysOf(queries)).toEqual([
      feedQueries.rubric('ru', 'politics', 1).queryKey,
      feedQueries.tag('ru', 'ois', 1).queryKey,
      feedQueries.tag('ru', 'mid', 1).queryKey,
    ]);
  });

  it('asks in the edition the story is read in', () => {
    const [rubric] = relatedFeedQueries('ky', { rubric: 'sport' });
    expect(rubric?.queryKey).toEqual(feedQueries.rubric('ky', 'sport', 1).queryKey);
  });

  it('asks once for two tags with the same key', () => {
    expect(keysOf(relatedFeedQueries('ru', { tags: ['Ош', 'ОШ'] }))).toEqual([
      feedQueries.tag('ru', 'osh', 1).queryKey,
    ]);
  });

  it('asks for nothing for a story with neither rubric nor tags', () => {
    expect(relatedFeedQueries('ru', {})).toEqual([]);
    expect(relatedFeedQueries('ru', { tags: [] })).toEqual([]);
  });
});
