import type { SiteConfig } from './site-config-schema.ts';

/**
 * The newsroom's settings, parsed with SiteConfigSchema when the site is built (the build is
 * their boundary: an invalid value stops it) and injected as a constant (see vite.config.ts).
 * The browser does not parse them again: that would ship the schema to every reader for nothing.
 */
declare const __SITE_CONFIG__: SiteConfig;

export const siteConfig: SiteConfig = __SITE_CONFIG__;
