import type { Article } from './article-schema.ts';

const LEAD_MAX_CHARS = 220;

/** The lead a feed shows: the article's own, else the opening of its first paragraph. */
export function leadOf(article: Article): string | undefined {
  if (article.lead) return article.lead;
  const first = article.body.find((block) => block.type === 'paragraph');
  if (!first) return undefined;
  const text = first.runs
    .map((run) => run.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= LEAD_MAX_CHARS) return text;
  const cut = text.slice(0, LEAD_MAX_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > LEAD_MAX_CHARS / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
