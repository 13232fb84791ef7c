import { describe, expect, it } from 'vitest';
import {
  chooseEdition,
  editionFromLanguages,
  readStoredEdition,
  storeEdition,
} from './preferred-edition.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
  };
}

describe('chooseEdition', () => {
  it('prefers the reader’s earlier choice', () => {
    expect(chooseEdition('ky', ['ru-RU', 'en'])).toBe('ky');
  });

  it('falls back to the first Kyrgyz or Russian browser language', () => {
    expect(chooseEdition(undefined, ['en-US', 'ky-KG', 'ru'])).toBe('ky');
    expect(chooseEdition(undefined, ['de', 'ru-KG', 'ky'])).toBe('ru');
  });

  it('defaults to Russian', () => {
    expect(chooseEdition(undefined, ['en-US', 'tr'])).toBe('ru');
    expect(chooseEdition(undefined, [])).toBe('ru');
  });
});

describe('editionFromLanguages', () => {
  it('matches the primary subtag only', () => {
    expect(editionFromLanguages(['KY'])).toBe('ky');
    expect(editionFromLanguages(['kyrgyz', 'rus'])).toBeUndefined();
  });
});

describe('stored edition', () => {
  it('round-trips a choice', () => {
    const storage = memoryStorage();
    storeEdition(storage, 'ky');
    expect(readStoredEdition(storage)).toBe('ky');
  });

  it('ignores anything that is not an edition', () => {
    expect(readStoredEdition(memoryStorage({ 'reader.edition': 'en' }))).toBeUndefined();
    expect(readStoredEdition(undefined)).toBeUndefined();
  });

  it('survives storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readStoredEdition(throwing)).toBeUndefined();
    expect(() => {
      storeEdition(throwing, 'ru');
    }).not.toThrow();
  });
});
