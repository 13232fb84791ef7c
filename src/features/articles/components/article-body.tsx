import type { ReactNode } from 'react';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { safeLinkHref, safeMediaSrc } from '../../../shared/lib/safe-url.ts';
import type { Block, Run } from '../../../shared/contract/article-schema.ts';
import type { Thumbnail } from '../../../shared/contract/feed-schema.ts';
import { typeset } from '../../../shared/lib/typeset.tsx';
import { Picture } from './picture.tsx';

/**
 * How wide a story's picture is shown: the text column, 42rem at most, less its 1rem gutters on
 * a phone (src/app/styles.css, .site-main).
 */
export const IMAGE_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

function RunView({ run }: { run: Run }) {
  let node: ReactNode = typeset(run.text);
  if (run.emphasis) node = <em>{node}</em>;
  if (run.strong) node = <strong>{node}</strong>;
  // Checked again here, not only in the schema: content is never trusted to reach an href.
  const href = run.href === undefined ? undefined : safeLinkHref(run.href);
  return href ? <a href={href}>{node}</a> : node;
}

/** A picture with its caption and credit, the credit in the edition's words. */
export function PictureFigure({
  picture,
  priority,
  lang,
  className = 'article-image',
}: {
  picture: Thumbnail & { caption?: string | undefined; credit?: string | undefined };
  priority: boolean;
  lang: Lang;
  className?: string;
}) {
  const { t, lang: uiLang } = useEdition();
  if (!safeMediaSrc(picture.src)) return null;
  return (
    <figure className={className}>
      <Picture picture={picture} sizes={IMAGE_SIZES} priority={priority} />
      {picture.caption || picture.credit ? (
        <figcaption>
          {picture.caption ? typeset(picture.caption) : null}
          {picture.caption && picture.credit ? ' ' : null}
          {picture.credit ? (
            <span className="article-image__credit" lang={lang === uiLang ? undefined : uiLang}>
              {t.photoCredit(picture.credit)}
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function BlockView({
  block,
  first,
  lang,
}: {
  block: Block;
  /** Whether the block opens the story, with no lead picture above it. */
  first: boolean;
  lang: Lang;
}) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          {block.runs.map((run, runIndex) => (
            <RunView key={runIndex} run={run} />
          ))}
        </p>
      );
    case 'subheading':
      return <h2>{typeset(block.text)}</h2>;
    case 'quote':
      return (
        <figure className="article-quote">
          <blockquote>
            <p>{typeset(block.text)}</p>
          </blockquote>
          {block.cite ? <figcaption>{typeset(block.cite)}</figcaption> : null}
        </figure>
      );
    case 'image':
      // Only a picture that opens a story without a lead picture is on the first screen: it is
      // the story's main picture. The rest load lazily.
      return <PictureFigure picture={block} priority={first} lang={lang} />;
  }
}

/**
 * A story's body, rendered from its blocks as text: content never becomes markup. `lang` is the
 * story's language, so the edition's own labels inside it can say theirs.
 */
export function ArticleBody({
  blocks,
  lang,
  afterLeadPicture = false,
}: {
  blocks: readonly Block[];
  lang: Lang;
  /** Whether a lead picture is shown above: then no picture of the body is the main one. */
  afterLeadPicture?: boolean;
}) {
  return (
    <div className="article-body">
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} first={index === 0 && !afterLeadPicture} lang={lang} />
      ))}
    </div>
  );
}
