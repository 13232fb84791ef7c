import * as v from 'valibot';
import { SiteConfigSchema } from './site-config-schema.ts';

// Injected by the build from site.config.json and SITE_* variables (see vite.config.ts).
declare const __SITE_CONFIG__: unknown;

export const siteConfig = v.parse(SiteConfigSchema, __SITE_CONFIG__);
