import type { Thumbnail } from '../../../shared/contract/feed-schema.ts';
import { safeMediaSrc } from '../../../shared/lib/safe-url.ts';
import { placeholderClass } from './picture-placeholder.ts';
import './picture.css';

/** A srcset from candidates, each address checked; empty when none is safe. */
function srcSetOf(candidates: Thumbnail['sources']): string {
  return (candidates ?? [])
    .flatMap(({ src, width }) => {
      const safe = safeMediaSrc(src);
      // Spaces and commas separate srcset candidates, so they must not appear raw in a URL.
      return safe ? [`${safe.replace(/[\s,]/g, encodeURIComponent)} ${width}w`] : [];
    })
    .join(', ');
}

/**
 * A picture: AVIF first where the browser reads it, else the other format's widths, its box
 * kept by its size and coloured like it until it arrives. `priority` is for the page's main
 * picture (fetched first, eagerly); any other waits until it is near the screen and decodes off
 * the main thread.
 */
export function Picture({
  picture,
  sizes,
  priority = false,
  className,
}: {
  picture: Thumbnail;
  /** How wide the picture is shown, as the layout says (the `sizes` attribute). */
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  const src = safeMediaSrc(picture.src);
  if (!src) return null;
  const srcSet = srcSetOf(picture.sources);
  const avif = srcSetOf(picture.avif);
  const classes = ['picture', className, placeholderClass(picture.color)].filter(Boolean).join(' ');
  return (
    <picture>
      {avif ? <source type="image/avif" srcSet={avif} sizes={sizes} /> : null}
      <img
        className={classes}
        src={src}
        srcSet={srcSet || undefined}
        sizes={srcSet ? sizes : undefined}
        alt={picture.decorative ? '' : picture.alt}
        width={picture.width}
        height={picture.height}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding={priority ? undefined : 'async'}
      />
    </picture>
  );
}
