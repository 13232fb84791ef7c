import { useId, type ReactNode } from 'react';
import { AppLink } from '../../../shared/lib/app-link.tsx';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { rubricPath } from '../../../shared/lib/paths.ts';
import type { Article } from '../../../shared/contract/article-schema.ts';
import { ArticleBody, PictureFigure } from './article-body.tsx';
import { typeset } from '../../../shared/lib/typeset.tsx';

export interface ArticleExtras {
  /** Controls of the reader's (text size), at the end of the story's header. */
  controls?: ReactNode;
  /** What follows the story itself (sharing it), before the footer. */
  afterStory?: (article: Article) => ReactNode;
}

/**
 * A whole story. Shown in an edition of another language, the story keeps its own `lang` and
 * the reader is told it exists only in that language.
 */
export function ArticleView({
  article,
  footer,
  extras = {},
}: {
  article: Article;
  footer?: ReactNode;
  extras?: ArticleExtras;
}) {
  const { lang: uiLang, t, formatDate } = useEdition();
  const titleId = useId();
  const foreign = article.lang !== uiLang;
  return (
    <>
      {foreign ? (
        <p className="notice" role="note">
          {t.onlyAvailableIn[article.lang]}
        </p>
      ) : null}
      <article
        className="article"
        aria-labelledby={titleId}
        lang={foreign ? article.lang : undefined}
      >
        <header className="article__header">
          {article.rubric ? (
            // A label of the site, not a paragraph of the story: a div, in the edition's words.
            <div className="article__rubric" lang={foreign ? uiLang : undefined}>
              <AppLink to={rubricPath(uiLang, article.rubric)}>{t.rubrics[article.rubric]}</AppLink>
            </div>
          ) : null}
          <h1 id={titleId} className="article__title" tabIndex={-1}>
            {typeset(article.title)}
          </h1>
          {article.lead ? <p className="article__lead">{typeset(article.lead)}</p> : null}
          <p className="article__meta">
            <time dateTime={article.publishedAt} lang={foreign ? uiLang : undefined}>
              {typeset(formatDate(article.publishedAt))}
            </time>
            {article.place ? (
              <>
                <span aria-hidden="true"> · </span>
                <span className="article__place">{typeset(article.place)}</span>
              </>
            ) : null}
          </p>
          {article.updatedAt && article.updatedAt !== article.publishedAt ? (
            <p className="article__meta" lang={foreign ? uiLang : undefined}>
              <time dateTime={article.updatedAt}>
                {typeset(t.updated(formatDate(article.updatedAt)))}
              </time>
            </p>
          ) : null}
          {extras.controls ? (
            <div lang={foreign ? uiLang : undefined}>{extras.controls}</div>
          ) : null}
        </header>
        {article.image ? (
          <PictureFigure
            picture={article.image}
            priority
            lang={article.lang}
            className="article-image article-image--lead"
          />
        ) : null}
        <ArticleBody
          blocks={article.body}
          lang={article.lang}
          afterLeadPicture={article.image !== undefined}
        />
        {article.source ? (
          <p className="article__source" lang={foreign ? uiLang : undefined}>
            {typeset(t.source(article.source))}
          </p>
        ) : null}
        {extras.afterStory ? (
          <div lang={foreign ? uiLang : undefined}>{extras.afterStory(article)}</div>
        ) : null}
        {footer ? <div lang={foreign ? uiLang : undefined}>{footer}</div> : null}
      </article>
    </>
  );
}
