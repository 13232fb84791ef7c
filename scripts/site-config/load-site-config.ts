import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parseApiBase } from '../../src/shared/api/parse-api-base.ts';
import { SiteConfigSchema, type SiteConfig } from '../../src/shared/config/site-config-schema.ts';
import { describeIssues } from '../../src/shared/lib/schema-primitives.ts';
import { BuildProblems } from '../pipeline/build-problems.ts';

const SITE_CONFIG_FILE = 'site.config.json';

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
    throw new BuildProblems([
      `${SITE_CONFIG_FILE}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    ]);
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
    throw new BuildProblems(
      describeIssues(result.issues).map((issue) => `${SITE_CONFIG_FILE}: ${issue}`),
    );
  }
  return result.output;
}

export function loadSiteConfig(
  env: Record<string, string | undefined>,
  file = SITE_CONFIG_FILE,
): SiteConfig {
  return resolveSiteConfig(readFileSync(file, 'utf8'), env);
}

const PartSizeSchema = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^[1-9]\d*$/, 'must be a whole number of stories, 1 or more'),
    v.transform(Number),
  ),
);

/** Every setting of a build, checked: the site's, the API base and the search index's. */
export function loadSettings(env: Record<string, string | undefined>): {
  site: SiteConfig;
  apiBase: string;
  searchPartSize?: number | undefined;
} {
  const problems: string[] = [];
  const partSize = v.safeParse(PartSizeSchema, env.SEARCH_PART_SIZE);
  if (!partSize.success) {
    problems.push(...describeIssues(partSize.issues).map((issue) => `SEARCH_PART_SIZE: ${issue}`));
  }
  let site: SiteConfig | undefined;
  let apiBase: string | undefined;
  try {
    site = loadSiteConfig(env);
  } catch (error) {
    if (!(error instanceof BuildProblems)) throw error;
    problems.push(...error.problems);
  }
  try {
    apiBase = parseApiBase(env.VITE_API_BASE);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(`VITE_API_BASE: ${message.replace(/^VITE_API_BASE /, '')}`);
  }
  if (!site || apiBase === undefined || !partSize.success) throw new BuildProblems(problems);
  return { site, apiBase, searchPartSize: partSize.output };
}

/**
 * The build's environment: the process's own variables, then those of the .env files Vite reads
 * for a production build, the more specific first (a variable already set is not replaced).
 */
export function readBuildEnv(): Record<string, string | undefined> {
  for (const file of ['.env.production.local', '.env.local', '.env.production', '.env']) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
  return process.env;
}

/**
 * What the app's bundles are built with (see appStage): the checked settings and every VITE_
 * variable, which Vite hands the browser's code.
 */
export function appSettingsOf(env: Record<string, string | undefined>): Record<string, unknown> {
  // The search index's part size is the build's alone: the app reads the parts' list.
  const { site, apiBase } = loadSettings(env);
  return {
    site,
    apiBase,
    vite: Object.entries(env)
      .filter(([name]) => name.startsWith('VITE_'))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}
