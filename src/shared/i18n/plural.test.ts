import { describe, expect, it } from 'vitest';
import { pluralOf } from './plural.ts';

const COUNTS = Array.from({ length: 250 }, (_, index) => index).concat([
  1001, 1011, 1021, 1112, 100_000,
]);

describe('pluralOf', () => {
  it('agrees with Node’s CLDR rules for Russian', () => {
    const rules = new Intl.PluralRules('ru');
    for (const count of COUNTS) {
      // Node's `other` is for fractions only; whole numbers are one, few or many.
      expect([count, pluralOf('ru', count)]).toEqual([count, rules.select(count)]);
    }
  });

  it('agrees with Node’s CLDR rules for Kyrgyz: one, and the rest', () => {
    const rules = new Intl.PluralRules('ky');
    expect(rules.resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
    for (const count of COUNTS) {
      expect([count, pluralOf('ky', count) === 'one']).toEqual([
        count,
        rules.select(count) === 'one',
      ]);
    }
  });
});
