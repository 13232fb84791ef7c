import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { SiteConfigSchema, type SiteConfig } from '../../src/shared/config/site-config-schema.ts';
import { describeIssues } from '../../src/shared/lib/schema-primitives.ts';

/**
 * The newsroom's settings: site.config.json, overridden by SITE_ORIGIN, SITE_TELEGRAM_USERNAME
 * and SITE_WHATSAPP_NUMBER. Anything invalid stops the build with the field and the reason.
 */
export function resolveSiteConfig(
  fileText: string,
  env: Record<string, string | undefined>,
): SiteConfig {
  let fromFile: unknown;
  try {
    fromFile = JSON.parse(fileText);
  } catch (error) {
    throw new Error(
      `site.config.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const merged = {
    ...(typeof fromFile === 'object' && fromFile !== null ? fromFile : {}),
    ...(env.SITE_TELEGRAM_USERNAME
      ? { telegram: env.SITE_TELEGRAM_USERNAME.replace(/^@/, '') }
      : {}),
    ...(env.SITE_WHATSAPP_NUMBER ? { whatsapp: env.SITE_WHATSAPP_NUMBER.replace(/^\+/, '') } : {}),
    ...(env.SITE_ORIGIN ? { origin: env.SITE_ORIGIN.replace(/\/+$/, '') } : {}),
  };
  const result = v.safeParse(SiteConfigSchema, merged);
  if (!result.success) {
    throw new Error(
      `Invalid site configuration:\n${describeIssues(result.issues)
        .map((line) => `  - ${line}`)
        .join('\n')}`,
    );
  }
  return result.output;
}

export function loadSiteConfig(file: string, env: Record<string, string | undefined>): SiteConfig {
  return resolveSiteConfig(readFileSync(file, 'utf8'), env);
}
