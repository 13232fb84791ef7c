import { breakingFile } from '../../src/shared/contract/api-files.ts';
import type { BreakingNews } from '../../src/shared/contract/feed-schema.ts';
import { LANGS, type Lang } from '../../src/shared/i18n/languages.ts';
import { newestFirst } from './feeds.ts';
import type { Story } from './load-sources.ts';

/** The most breaking stories an edition's file lists: the reader shows the newest in time. */
export const BREAKING_ITEMS = 3;

/** `iso` plus `hours`, in UTC. */
function hoursAfter(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
}

/**
 * Each edition's breaking news (docs/api.md): its newest stories marked `breaking`, each with the
 * time its banner ends. The file depends on the stories alone, not on the build's clock (the
 * reader compares `until` with its own), so a build with nothing changed writes the same bytes.
 */
export function breakingFiles(
  stories: Iterable<Story>,
  hours: number,
): [file: string, data: BreakingNews][] {
  const byLang = new Map<Lang, Story[]>(LANGS.map((lang) => [lang, []]));
  for (const story of stories) if (story.breaking) byLang.get(story.item.lang)?.push(story);
  return LANGS.map((lang) => {
    const items = (byLang.get(lang) ?? [])
      .map((story) => story.item)
      .sort(newestFirst)
      .slice(0, BREAKING_ITEMS)
      .map((item) => ({ ...item, until: hoursAfter(item.publishedAt, hours) }));
    return [breakingFile(lang), { lang, items }];
  });
}
