import type { Lang } from '../i18n/languages.ts';
import type { Rubric } from '../i18n/rubrics.ts';

/** The reader's URLs, in one place so every link and redirect agrees. */
export function editionPath(lang: Lang): string {
  return `/${lang}/`;
}

/** An edition's web app manifest (written by the build, scripts/pwa/web-manifest.ts). */
export function manifestPath(lang: Lang): string {
  return `${editionPath(lang)}manifest.webmanifest`;
}

export function feedPagePath(lang: Lang, page: number): string {
  return page <= 1 ? editionPath(lang) : `/${lang}/page/${page}`;
}

/** A rubric's stories; like the front page, its first page has no page number. */
export function rubricPath(lang: Lang, rubric: Rubric, page = 1): string {
  const base = `/${lang}/rubric/${rubric}`;
  return page <= 1 ? base : `${base}/page/${page}`;
}

export function articlePath(lang: Lang, article: { id: string; slug?: string }): string {
  const base = `/${lang}/news/${encodeURIComponent(article.id)}`;
  return article.slug ? `${base}/${article.slug}` : base;
}
