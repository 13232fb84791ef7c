import { describe, expect, it } from 'vitest';
import { article1001, articleFixture } from '../../test/article-fixtures.ts';
import type { Article } from './article-schema.ts';
import { leadOf } from './lead.ts';

function withText(...texts: string[]): Article {
  return articleFixture({ body: [{ type: 'paragraph', runs: texts.map((text) => ({ text })) }] });
}

describe('leadOf', () => {
  it('prefers the article’s own lead', () => {
    expect(leadOf(articleFixture({ lead: 'Свой лид.' }))).toBe('Свой лид.');
  });

  it('takes the first paragraph, skipping other blocks, joining runs and white space', () => {
    const article = articleFixture({
      body: [
        { type: 'subheading', text: 'Подзаголовок' },
        {
          type: 'paragraph',
          runs: [{ text: '  Кемелова  встретилась\n' }, { text: 'с генсеком.' }],
        },
        { type: 'paragraph', runs: [{ text: 'Второй абзац.' }] },
      ],
    });
    expect(leadOf(article)).toBe('Кемелова встретилась с генсеком.');
  });

  it('has no lead for a story without paragraphs', () => {
    expect(leadOf(articleFixture({ body: [{ type: 'subheading', text: 'Только' }] }))).toBe(
      undefined,
    );
  });

  it('keeps a paragraph of exactly 220 characters whole', () => {
    const text = 'а'.repeat(220);
    expect(leadOf(withText(text))).toBe(text);
  });

  it('cuts a long paragraph at a word boundary and adds an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, index) => `слово${index}`);
    const lead = leadOf(withText(words.join(' '))) ?? '';
    expect(lead.endsWith('…')).toBe(true);
    expect(lead.length).toBeLessThanOrEqual(221);
    const kept = lead.slice(0, -1).split(' ');
    // Only whole words, in order, and as many as fit.
    expect(kept).toEqual(words.slice(0, kept.length));
    expect(words.slice(0, kept.length + 1).join(' ').length).toBeGreaterThan(220);
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    // The cut falls after "конец," so the comma must not precede the ellipsis.
    const text = `${'а'.repeat(200)} конец, ${'б'.repeat(40)}`;
    expect(leadOf(withText(text))).toBe(`${'а'.repeat(200)} конец…`);
  });

  it('cuts mid-word only when no space lies in the second half', () => {
    const text = `${'а'.repeat(100)} ${'б'.repeat(200)}`;
    expect(leadOf(withText(text))).toBe(`${text.slice(0, 220)}…`);
  });

  it('gives the shipped story a lead starting with its first words', () => {
    const lead = leadOf(article1001) ?? '';
    expect(lead.startsWith('12 июля в г. Абиджан')).toBe(true);
    expect(lead.endsWith('…')).toBe(true);
  });
});
