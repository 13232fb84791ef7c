import { describe, expect, it } from 'vitest';
import { feedItemFixture, feedPageFixture } from '../../../test/article-fixtures.ts';
import { createTestQueryClient } from '../../../test/render.tsx';
import { adjacentStoryIds } from './adjacent-queries.ts';
import { feedQueries } from './feed-queries.ts';

const items = (ids: string[]) => ids.map((id) => feedItemFixture({ id }));

describe('adjacentStoryIds', () => {
  it('gives the stories either side of one in a cached feed', () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.latest('ru', 1).queryKey,
      feedPageFixture('ru', { items: items(['5', '4', '3']) }),
    );
    expect(adjacentStoryIds(client, '4')).toEqual(['5', '3']);
    expect(adjacentStoryIds(client, '5')).toEqual(['4']);
    expect(adjacentStoryIds(client, '3')).toEqual(['4']);
  });

  it('has none for a story no cached feed lists', () => {
    const client = createTestQueryClient();
    expect(adjacentStoryIds(client, '4')).toEqual([]);
    client.setQueryData(
      feedQueries.latest('ru', 1).queryKey,
      feedPageFixture('ru', { items: items(['5']) }),
    );
    expect(adjacentStoryIds(client, '4')).toEqual([]);
  });

  it('follows the feed loaded last, where the reader most likely came from', async () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.latest('ru', 1).queryKey,
      feedPageFixture('ru', { items: items(['9', '4', '8']) }),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    client.setQueryData(
      feedQueries.rubric('ru', 'politics', 1).queryKey,
      feedPageFixture('ru', { items: items(['7', '4', '6']) }),
    );
    expect(adjacentStoryIds(client, '4')).toEqual(['7', '6']);
  });
});
