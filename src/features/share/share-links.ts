import type { Lang } from '../../shared/i18n/languages.ts';
import { articlePath } from '../../shared/lib/paths.ts';

export interface ShareLink {
  channel: 'Telegram' | 'WhatsApp';
  href: string;
}

/** A story's canonical address, absolute: what a shared link must open, wherever it is read. */
export function storyUrl(origin: string, story: { lang: Lang; id: string; slug: string }): string {
  return `${origin}${articlePath(story.lang, story)}`;
}

/** The messengers' own share pages, for browsers without a share sheet (and without scripts). */
export function shareLinks(url: string, title: string): ShareLink[] {
  return [
    {
      channel: 'Telegram',
      href: `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(title)}`,
    },
    { channel: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
  ];
}
