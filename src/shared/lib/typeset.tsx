import type { ReactNode } from 'react';
import { typographicPieces } from './typography.ts';

/**
 * Text as it is rendered: each group that must stay on one line (typography.ts) in a span kept
 * on one line (styles.css: `.nowrap`). The text itself is unchanged, so copying, searching the
 * page and screen readers meet what the editor wrote.
 */
export function typeset(text: string): ReactNode {
  const pieces = typographicPieces(text);
  if (pieces.length === 1 && typeof pieces[0] === 'string') return pieces[0];
  return pieces.map((piece, index) =>
    typeof piece === 'string' ? (
      piece
    ) : (
      <span key={index} className="nowrap">
        {piece.keep}
      </span>
    ),
  );
}
