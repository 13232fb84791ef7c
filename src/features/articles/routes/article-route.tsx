import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useState, type MouseEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { replace, useParams, type LoaderFunctionArgs } from 'react-router';
import * as v from 'valibot';
import { loadQuery } from '../../../shared/api/load-query.ts';
import { prefetch } from '../../../shared/api/prefetch.ts';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { articlePath } from '../../../shared/lib/paths.ts';
import { loadOrNotFound, notFound, requireLang } from '../../../shared/lib/route-responses.ts';
import { IdSchema } from '../../../shared/lib/schema-primitives.ts';
import { prefetchAdjacentStories } from '../api/adjacent-queries.ts';
import { articleQueries } from '../api/article-queries.ts';
import { feedQueries } from '../api/feed-queries.ts';
import { ArticleView, type ArticleExtras } from '../components/article-view.tsx';
import { RelatedStories } from '../components/related-stories.tsx';
import type { Article } from '../../../shared/contract/article-schema.ts';

/** The story as this edition should show it: its translation into the edition's language if any. */
async function inEdition(queryClient: QueryClient, lang: Lang, article: Article): Promise<Article> {
  const translationId = article.translations[lang];
  if (article.lang === lang || translationId === undefined) return article;
  try {
    const translation = await loadQuery(queryClient, articleQueries.detail(translationId));
    // Follow only a real translation: two stories naming each other would redirect forever.
    return translation.lang === lang ? translation : article;
  } catch {
    // A translation that cannot be had right now is no reason to withhold the original.
    return article;
  }
}

/**
 * Loads the story and settles its address: an unknown id is a 404; a missing or outdated slug,
 * or a story that has a translation in this edition, redirects (replacing history) to the
 * canonical URL. The related stories start loading here, in parallel with the page, and
 * are not waited for; so do the stories before and after it in the feed it was opened from.
 */
export function articleLoader(queryClient: QueryClient) {
  return async ({ params, url }: LoaderFunctionArgs) => {
    const lang = requireLang(params.lang);
    const id = params.id ?? '';
    if (!v.is(IdSchema, id)) throw notFound();
    const article = await loadOrNotFound(queryClient, articleQueries.detail(id));
    const shown = await inEdition(queryClient, lang, article);
    prefetchAdjacentStories(queryClient, shown.id);
    // Neither awaited nor allowed to fail the page: related stories that fail are not shown. A
    // story shown in the other edition suggests that edition's stories of its rubric.
    if (shown.lang === lang) prefetch(queryClient, articleQueries.related(shown.id));
    else if (shown.rubric) {
      prefetch(queryClient, feedQueries.head({ lang, kind: 'rubrics', key: shown.rubric }));
    }
    if (shown !== article || params.slug !== article.slug) {
      // The query string goes along: a shared link's tracking (utm_…) is the newsroom's to read.
      throw replace(articlePath(lang, shown) + url.search);
    }
    return null;
  };
}

interface ArticleRouteProps {
  footer?: ReactNode;
  extras?: ArticleExtras;
}

/**
 * The story as the reader opened it. A newer version, published while it is open, is never
 * swapped in under the reader: a notice offers it, floating over the page (no layout shift), and
 * showing it moves focus to its headline.
 */
function OpenStory({ id, footer, extras }: ArticleRouteProps & { id: string }) {
  const { data: latest } = useSuspenseQuery(articleQueries.open(id));
  // The query shares structure with what it had: an unchanged story stays the same object.
  const [shown, setShown] = useState(latest);
  const { t } = useEdition();
  const showNewer = (event: MouseEvent<HTMLButtonElement>) => {
    const page = event.currentTarget.closest('main') ?? document;
    flushSync(() => {
      setShown(latest);
    });
    page.querySelector<HTMLElement>('h1')?.focus();
  };
  return (
    <>
      <title>{`${shown.title} — ${t.siteName}`}</title>
      <div className="live-notice">
        {latest !== shown ? (
          <div className="live-notice__pill" role="status">
            <p className="live-notice__text">{t.newerVersion}</p>
            <button type="button" className="live-notice__button" onClick={showNewer}>
              {t.showNewerVersion}
            </button>
          </div>
        ) : null}
      </div>
      <ArticleView article={shown} footer={footer} extras={extras} />
      <RelatedStories story={shown} />
    </>
  );
}

export function ArticleRoute({ footer, extras }: ArticleRouteProps) {
  const { id = '' } = useParams();
  // Another story is another reading: what was shown of the last one does not carry over.
  return <OpenStory key={id} id={id} footer={footer} extras={extras} />;
}
