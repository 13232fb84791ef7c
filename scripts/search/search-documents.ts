import * as v from 'valibot';
import type { Story } from '../content/load-sources.ts';
import { articlePath } from '../../src/shared/lib/paths.ts';
import { PART_FILTER } from '../../src/shared/search/search-index.ts';

/**
 * What the search index is given of a story: its headline, lead and text, as a small HTML
 * document that Pagefind reads. The headline carries Pagefind's highest weight, so a story that
 * names the words in its headline ranks above one that only mentions them. The text is indexed
 * as written: Pagefind matches it without diacritics ("е" finds "ё"), and an excerpt shows the
 * story's own spelling. What a result shows besides (headline, date, rubric) is its metadata.
 */

/** The parts of a story's API file the index reads (the file was validated when published). */
export const SearchableSchema = v.object({
  title: v.string(),
  lead: v.optional(v.string()),
  /** Where it happened: a reader may search a town's name. */
  place: v.optional(v.string()),
  body: v.array(
    v.object({
      text: v.optional(v.string()),
      runs: v.optional(v.array(v.object({ text: v.string() }))),
      caption: v.optional(v.string()),
    }),
  ),
});
export type Searchable = v.InferOutput<typeof SearchableSchema>;

/** The weight Pagefind gives the headline's words (its scale ends at 10; body text is 1). */
const HEADLINE_WEIGHT = 10;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function paragraph(text: string | undefined): string {
  return text && text.trim() !== '' ? `<p>${escapeHtml(text)}</p>` : '';
}

/** The sort key of a story's date: UTC, so that every date compares as text. */
export function dateSortKey(publishedAt: string): string {
  return new Date(publishedAt).toISOString();
}

export interface SearchDocument {
  url: string;
  content: string;
}

/** The story as Pagefind reads it, in part `part` of its edition's index. */
export function searchDocument(story: Story, searchable: Searchable, part: number): SearchDocument {
  const { item } = story;
  const meta = (name: string, value: string) =>
    `<span data-pagefind-meta="${name}:${escapeHtml(value)}"></span>`;
  const body = searchable.body
    .map((block) =>
      paragraph(
        block.runs ? block.runs.map((run) => run.text).join('') : (block.text ?? block.caption),
      ),
    )
    .join('');
  const content =
    `<html lang="${item.lang}"><body>` +
    `<h1 data-pagefind-weight="${HEADLINE_WEIGHT}">${escapeHtml(item.title)}</h1>` +
    paragraph(searchable.lead) +
    body +
    paragraph(searchable.place) +
    meta('title', item.title) +
    meta('date', item.publishedAt) +
    (item.rubric ? meta('rubric', item.rubric) : '') +
    `<span data-pagefind-sort="date:${dateSortKey(item.publishedAt)}"></span>` +
    `<span data-pagefind-filter="${PART_FILTER}:${String(part)}"></span>` +
    `</body></html>`;
  return { url: articlePath(item.lang, item), content };
}
