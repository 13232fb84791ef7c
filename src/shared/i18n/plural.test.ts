import { describe, expect, it } from 'vitest';
import { LANGS } from './languages.ts';
import { pluralCategory } from './plural.ts';

describe('pluralCategory', () => {
  it.each(LANGS)('agrees with Node’s Intl.PluralRules for %s', (lang) => {
    const rules = new Intl.PluralRules(lang);
    const counts = [...Array.from({ length: 250 }, (_, n) => n), 1001, 10_011, 100_000, 1.5];
    for (const count of counts) {
      expect(`${count}: ${pluralCategory(lang, count)}`).toBe(`${count}: ${rules.select(count)}`);
    }
  });
});
