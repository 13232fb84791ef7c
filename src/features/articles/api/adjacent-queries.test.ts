import { describe, expect, it } from 'vitest';
import {
  feedHeadFixture,
  feedItemFixture,
  feedPageFixture,
} from '../../../test/article-fixtures.ts';
import { createTestQueryClient } from '../../../test/render.tsx';
import type { Feed } from '../../../shared/contract/api-files.ts';
import { articleQueries } from './article-queries.ts';
import { adjacentStoryIds } from './adjacent-queries.ts';
import { feedQueries } from './feed-queries.ts';

const items = (ids: string[]) => ids.map((id) => feedItemFixture({ id }));

const LATEST: Feed = { lang: 'ru', kind: 'latest' };
const POLITICS: Feed = { lang: 'ru', kind: 'rubrics', key: 'politics' };

describe('adjacentStoryIds', () => {
  it('gives the stories either side of one in a cached feed head', () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.head(LATEST).queryKey,
      feedHeadFixture('ru', { items: items(['5', '4', '3']) }),
    );
    expect(adjacentStoryIds(client, '4')).toEqual(['5', '3']);
    expect(adjacentStoryIds(client, '5')).toEqual(['4']);
    expect(adjacentStoryIds(client, '3')).toEqual(['4']);
  });

  it('reads cached archive pages too', () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.page(POLITICS, 2).queryKey,
      feedPageFixture('ru', { page: 2, items: items(['8', '7', '6']), older: 1 }),
    );
    expect(adjacentStoryIds(client, '7')).toEqual(['8', '6']);
  });

  it('has none for a story no cached feed lists', () => {
    const client = createTestQueryClient();
    expect(adjacentStoryIds(client, '4')).toEqual([]);
    client.setQueryData(
      feedQueries.head(LATEST).queryKey,
      feedHeadFixture('ru', { items: items(['5']) }),
    );
    expect(adjacentStoryIds(client, '4')).toEqual([]);
    // Related stories are suggestions under a story, not a feed the reader scrolls.
    client.setQueryData(articleQueries.related('9').queryKey, { items: items(['3', '4', '2']) });
    expect(adjacentStoryIds(client, '4')).toEqual([]);
  });

  it('follows the feed loaded last, where the reader most likely came from', async () => {
    const client = createTestQueryClient();
    client.setQueryData(
      feedQueries.head(LATEST).queryKey,
      feedHeadFixture('ru', { items: items(['9', '4', '8']) }),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    client.setQueryData(
      feedQueries.page(POLITICS, 1).queryKey,
      feedPageFixture('ru', { items: items(['7', '4', '6']) }),
    );
    expect(adjacentStoryIds(client, '4')).toEqual(['7', '6']);
  });
});
