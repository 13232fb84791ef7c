import type { ReactNode } from 'react';
import type { Lang } from '../../../shared/i18n/languages.ts';
import { useEdition } from '../../../shared/i18n/edition-context.tsx';
import { safeLinkHref, safeMediaSrc } from '../../../shared/lib/safe-url.ts';
import type { Block, ImageBlock, Run } from '../../../shared/contract/article-schema.ts';
import { typeset } from '../../../shared/lib/typeset.tsx';

/** The widest the text column gets; images are offered at sizes around it. */
const IMAGE_SIZES = '(min-width: 46rem) 42rem, calc(100vw - 2rem)';

function RunView({ run }: { run: Run }) {
  let node: ReactNode = typeset(run.text);
  if (run.emphasis) node = <em>{node}</em>;
  if (run.strong) node = <strong>{node}</strong>;
  // Checked again here, not only in the schema: content is never trusted to reach an href.
  const href = run.href === undefined ? undefined : safeLinkHref(run.href);
  return href ? <a href={href}>{node}</a> : node;
}

function ImageFigure({ block, eager, lang }: { block: ImageBlock; eager: boolean; lang: Lang }) {
  const { t, lang: uiLang } = useEdition();
  const src = safeMediaSrc(block.src);
  if (!src) return null;
  const srcSet = (block.sources ?? [])
    .flatMap(({ src: candidate, width }) => {
      const safe = safeMediaSrc(candidate);
      // Spaces and commas separate srcset candidates, so they must not appear raw in a URL.
      return safe ? [`${safe.replace(/[\s,]/g, encodeURIComponent)} ${width}w`] : [];
    })
    .join(', ');
  return (
    <figure className="article-image">
      <img
        src={src}
        srcSet={srcSet || undefined}
        sizes={srcSet ? IMAGE_SIZES : undefined}
        alt={block.alt}
        width={block.width}
        height={block.height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
      />
      {block.caption || block.credit ? (
        <figcaption>
          {block.caption ? typeset(block.caption) : null}
          {block.caption && block.credit ? ' ' : null}
          {block.credit ? (
            <span className="article-image__credit" lang={lang === uiLang ? undefined : uiLang}>
              {t.photoCredit(block.credit)}
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function BlockView({ block, index, lang }: { block: Block; index: number; lang: Lang }) {
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
      // Only a picture that opens the story is on the first screen; the rest load lazily.
      return <ImageFigure block={block} eager={index === 0} lang={lang} />;
  }
}

/**
 * A story's body, rendered from its blocks as text: content never becomes markup. `lang` is the
 * story's language, so the edition's own labels inside it can say theirs.
 */
export function ArticleBody({ blocks, lang }: { blocks: readonly Block[]; lang: Lang }) {
  return (
    <div className="article-body">
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} index={index} lang={lang} />
      ))}
    </div>
  );
}
