import * as v from 'valibot';

/** The newsroom's own settings: validated when the site is built. */
export const SiteConfigSchema = v.object({
  /** Where the site is published: absolute URLs in page heads, sitemaps and feeds start here. */
  origin: v.pipe(
    v.string(),
    v.regex(
      /^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/,
      'must be the site’s origin: http(s)://host[:port], lowercase, without a path or a trailing slash',
    ),
  ),
  telegram: v.pipe(
    v.string(),
    v.regex(
      /^[A-Za-z][A-Za-z0-9_]{3,30}[A-Za-z0-9]$/,
      'must be a Telegram username: 5-32 Latin letters, digits or underscores, starting with a letter',
    ),
  ),
  whatsapp: v.pipe(
    v.string(),
    v.regex(
      /^[1-9][0-9]{7,14}$/,
      'must be a phone number in international format, digits only (e.g. 996700123456)',
    ),
  ),
  /** For how many hours after its publication a breaking story's banner shows. */
  breakingHours: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole number of hours'),
      v.minValue(1, 'must be 1 to 48 hours'),
      v.maxValue(48, 'must be 1 to 48 hours'),
    ),
    3,
  ),
});

export type SiteConfig = v.InferOutput<typeof SiteConfigSchema>;
