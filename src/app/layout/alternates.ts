import type { Article, ArticleAddress } from '../../features/articles/model/article-schema.ts';
import { byLang, type Lang } from '../../shared/i18n/languages.ts';
import { isRubric } from '../../shared/i18n/rubrics.ts';
import { articlePath, editionPath, rubricPath } from '../../shared/lib/paths.ts';
import { langFromPathname } from '../../shared/lib/route-responses.ts';

/**
 * Where the language switch leads from this page, per edition: a story's translation (or the
 * same story under the other UI), otherwise the same path in the other edition.
 */
export function alternatesFor(
  pathname: string,
  article: Article | undefined,
  /** Translations' addresses already in the cache: linking with their slug avoids a redirect. */
  translations: readonly ArticleAddress[] = [],
): Record<Lang, string> {
  return byLang((lang) => {
    if (article) {
      const translationId = lang === article.lang ? undefined : article.translations[lang];
      if (translationId === undefined) return articlePath(lang, article);
      const known = translations.find((candidate) => candidate.id === translationId);
      return articlePath(lang, known?.lang === lang ? known : { id: translationId });
    }
    const current = langFromPathname(pathname);
    if (current === undefined) return editionPath(lang);
    // Page numbers differ between editions, so feed pages lead to the first page of the same
    // feed there: the other front page, or the same rubric's first page.
    if (pathname.startsWith(`/${current}/page/`)) return editionPath(lang);
    const rubric = /^\/[a-z]+\/rubric\/([^/]+)\/page\//.exec(pathname)?.[1];
    if (isRubric(rubric)) return rubricPath(lang, rubric);
    return `/${lang}${pathname.slice(current.length + 1)}`;
  });
}
