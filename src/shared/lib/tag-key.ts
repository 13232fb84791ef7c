import { slugify } from './slugify.ts';

/**
 * A tag's key in feed addresses, as the content build publishes it: "ОИС" → "ois". A tag with
 * nothing to transliterate still gets a feed, under "tag".
 */
export function tagKey(tag: string): string {
  return slugify(tag) || 'tag';
}
