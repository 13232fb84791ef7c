import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchEngine, SearchRequest } from './search-engine.ts';
import { searchPage, SearchOfflineError } from './search-queries.ts';

function engineFinding(found: Record<string, number>) {
  const asked: SearchRequest[] = [];
  const engine: SearchEngine = {
    search: (request) => {
      asked.push(request);
      return Promise.resolve({ total: found[request.query] ?? 0, hits: [] });
    },
  };
  return { engine, asked };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('searchPage', () => {
  it('searches a Latin query in Cyrillic first and stops at the spelling that finds', async () => {
    const { engine, asked } = engineFinding({ кемелова: 3 });
    const page = await searchPage(engine, 'ru', { q: 'kemelova', sort: 'newest' }, 0);
    expect(page).toMatchObject({ total: 3, query: 'кемелова' });
    expect(asked.map((request) => request.query)).toEqual(['кемелова']);
  });

  it('tries the other spellings, then the query as typed', async () => {
    const { engine, asked } = engineFinding({ google: 1 });
    const page = await searchPage(engine, 'ru', { q: 'google', sort: 'relevance' }, 0);
    expect(page).toMatchObject({ total: 1, query: 'google' });
    expect(asked.at(-1)).toMatchObject({ query: 'google', sort: 'relevance', offset: 0 });
    expect(asked.length).toBeGreaterThan(1);
  });

  it('searches a later page in the spelling that found the first', async () => {
    const { engine, asked } = engineFinding({ кемелова: 30 });
    await searchPage(engine, 'ru', { q: 'kemelova', sort: 'newest' }, 10, 'кемелова');
    expect(asked).toEqual([
      { lang: 'ru', query: 'кемелова', sort: 'newest', offset: 10, limit: 10 },
    ]);
  });

  it('says a search needs a connection when there is none', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const { engine, asked } = engineFinding({});
    await expect(searchPage(engine, 'ky', { q: 'базар', sort: 'newest' }, 0)).rejects.toThrow(
      SearchOfflineError,
    );
    expect(asked).toEqual([]);
  });
});
