import { describe, expect, it } from 'vitest';
import { tagKey } from './tag-key.ts';

describe('tagKey', () => {
  it('transliterates a Russian or Kyrgyz tag the way slugs are made', () => {
    expect(tagKey('ОИС')).toBe('ois');
    expect(tagKey('Жогорку Кеңеш')).toBe('zhogorku-kengesh');
  });

  it('gives a tag with nothing to transliterate the key "tag"', () => {
    expect(tagKey('«—»')).toBe('tag');
  });
});
