// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { syntheticArticle, vocabularyWord } from './generate-corpus.ts';

/** The words of the Russian stories among the first `count` synthetic ones, each story's once. */
function russianStoryWords(count: number): Set<string>[] {
  return Array.from({ length: count }, (_, index) => syntheticArticle(index))
    .filter((article) => article.lang === 'ru')
    .map((article) => {
      const text = [article.title, ...article.body.flatMap((block) => block.runs)]
        .map((part) => (typeof part === 'string' ? part : part.text))
        .join(' ');
      return new Set(
        text
          .toLowerCase()
          .split(/[\s.]+/)
          .filter(Boolean),
      );
    });
}

/** The share of the stories that have the word. */
function share(stories: readonly Set<string>[], word: string): number {
  return stories.filter((words) => words.has(word)).length / stories.length;
}

describe('the synthetic stories', () => {
  it('are the same on every run', () => {
    expect(syntheticArticle(1234)).toEqual(syntheticArticle(1234));
  });

  it('draw on 30,000 distinct words in each language', () => {
    for (const lang of ['ru', 'ky'] as const) {
      const words = new Set(
        Array.from({ length: 30_000 }, (_, rank) => vocabularyWord(lang, rank + 1)),
      );
      expect(words.size).toBe(30_000);
    }
  });

  it('use words as news does: function words in every story, topics in some, a name in few', () => {
    const stories = russianStoryWords(4_000);
    expect(share(stories, 'и')).toBe(1);
    // The first topic word, and "бюджет", which the search benchmark's worst case looks for.
    expect(share(stories, 'правительство')).toBeGreaterThan(0.5);
    expect(share(stories, 'бюджет')).toBeGreaterThan(0.1);
    expect(share(stories, 'бюджет')).toBeLessThan(0.3);
    // The names the search benchmark looks for: in about one story in a hundred.
    for (const rank of [2000, 3000]) {
      const name = share(stories, vocabularyWord('ru', rank));
      expect(name).toBeGreaterThan(0.002);
      expect(name).toBeLessThan(0.03);
    }
  });
});
