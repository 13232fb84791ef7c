// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BreakingNewsSchema } from '../../src/shared/contract/feed-schema.ts';
import { articleFixture } from '../../src/test/article-fixtures.ts';
import { BREAKING_ITEMS, breakingFiles } from './breaking.ts';
import { storyOf } from './load-sources.ts';

function story(id: string, publishedAt: string, more: Parameters<typeof articleFixture>[0] = {}) {
  return storyOf(articleFixture({ id, slug: `s-${id}`, publishedAt, ...more }));
}

describe('breakingFiles', () => {
  it('lists each edition’s newest breaking stories, each until its hours are over', () => {
    const files = new Map(
      breakingFiles(
        [
          story('1', '2026-12-07T10:00:00+06:00', { breaking: true }),
          story('2', '2026-12-07T11:00:00+06:00'),
          story('3', '2026-12-07T09:00:00+06:00', { breaking: true, lang: 'ky' }),
          story('4', '2026-12-07T12:30:00+06:00', { breaking: true }),
        ],
        3,
      ),
    );
    expect([...files.keys()]).toEqual(['ru/breaking.json', 'ky/breaking.json']);
    const ru = v.parse(BreakingNewsSchema, files.get('ru/breaking.json'));
    expect(ru.items.map((item) => [item.id, item.until])).toEqual([
      ['4', '2026-12-07T09:30:00Z'],
      ['1', '2026-12-07T07:00:00Z'],
    ]);
    expect(ru.items[0]).toMatchObject({ lang: 'ru', slug: 's-4', title: 'Тестовая новость' });
    const ky = v.parse(BreakingNewsSchema, files.get('ky/breaking.json'));
    expect(ky.items.map((item) => item.id)).toEqual(['3']);
  });

  it('stays small, and is written for an edition with no breaking news too', () => {
    const many = Array.from({ length: 10 }, (_, index) =>
      story(String(index + 1), `2026-12-0${(index % 9) + 1}T10:00:00+06:00`, { breaking: true }),
    );
    const files = new Map(breakingFiles(many, 3));
    expect(v.parse(BreakingNewsSchema, files.get('ru/breaking.json')).items).toHaveLength(
      BREAKING_ITEMS,
    );
    expect(files.get('ky/breaking.json')).toEqual({ lang: 'ky', items: [] });
  });
});
