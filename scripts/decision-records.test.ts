// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The decision records in docs/decisions: each says when it was taken and whether it still
 * holds, and one that no longer holds names the record that replaced it.
 */
const DIR = 'docs/decisions';
const records = readdirSync(DIR)
  .filter((name) => name.endsWith('.md'))
  .sort();
const numbers = new Set(records.map((name) => name.slice(0, 3)));

describe('decision records', () => {
  it('are numbered files with kebab-case names', () => {
    expect(records.length).toBeGreaterThan(0);
    for (const name of records) expect(name).toMatch(/^\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
  });

  it.each(records)('%s has its date and its status', (name) => {
    const text = readFileSync(path.join(DIR, name), 'utf8');
    const date = /^Date: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1];
    expect(date, 'a line "Date: YYYY-MM-DD"').toBeDefined();
    expect(Number.isNaN(Date.parse(date ?? ''))).toBe(false);
    const status = /^Status: (.+)$/m.exec(text)?.[1] ?? '';
    expect(status, 'a line "Status: Accepted…" or "Status: Superseded by NNN…"').toMatch(
      /^(?:Accepted|Superseded by \d{3}\b)/,
    );
    const successor = /^Superseded by (\d{3})/.exec(status)?.[1];
    if (successor !== undefined) {
      expect(numbers.has(successor), `successor ${successor} exists`).toBe(true);
      expect(Number(successor)).toBeGreaterThan(Number(name.slice(0, 3)));
    }
  });
});
