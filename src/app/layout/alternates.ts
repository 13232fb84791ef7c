import type { Article, ArticleAddress } from '../../shared/contract/article-schema.ts';
import { byLang, type Lang } from '../../shared/i18n/languages.ts';
import {
  addressOf,
  articlePath,
  editionPath,
  langOfPath,
  rubricPath,
} from '../../shared/lib/paths.ts';

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
    const current = langOfPath(pathname);
    if (current === undefined) return editionPath(lang);
    // Archive pages differ between editions, so they lead to the first page of the same feed
    // there: the other front page, or the same rubric's page.
    const address = addressOf(pathname);
    if (address?.shape === 'latestPage') return editionPath(lang);
    if (address?.shape === 'rubricPage') return rubricPath(lang, address.rubric);
    return `/${lang}${pathname.slice(current.length + 1)}`;
  });
}
