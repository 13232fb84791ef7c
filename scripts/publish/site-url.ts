import * as v from 'valibot';
import { SiteConfigSchema } from '../../src/shared/config/site-config-schema.ts';

const OriginSchema = SiteConfigSchema.entries.origin;

/**
 * The site's origin, checked with the site configuration's own rule: it is written into
 * robots.txt, sitemaps and feeds, where a trailing slash or a stray line break would corrupt
 * every URL (or inject a line into robots.txt).
 */
export function checkOrigin(origin: string): string {
  const result = v.safeParse(OriginSchema, origin);
  if (!result.success) {
    const reason = result.issues[0].message;
    throw new RangeError(`site origin ${JSON.stringify(origin)} ${reason}`);
  }
  return result.output;
}
