import type { Lang } from '../i18n/languages.ts';

/** The reader's URLs, in one place so every link and redirect agrees. */
export function editionPath(lang: Lang): string {
  return `/${lang}/`;
}

export function feedPagePath(lang: Lang, page: number): string {
  return page <= 1 ? editionPath(lang) : `/${lang}/page/${page}`;
}

export function articlePath(lang: Lang, article: { id: string; slug?: string }): string {
  const base = `/${lang}/news/${encodeURIComponent(article.id)}`;
  return article.slug ? `${base}/${article.slug}` : base;
}
