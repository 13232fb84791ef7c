import * as v from 'valibot';
import { storedChoice } from '../../shared/lib/stored-choice.ts';

/** The story's text size in per cent of the site's own, smallest first (text-size.css). */
export const TEXT_SIZES = ['90', '100', '115', '130', '150'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const DEFAULT_TEXT_SIZE: TextSize = '100';

export const TEXT_SIZE_STORAGE_KEY = 'reader.text-size';
export const TEXT_SIZE_ATTRIBUTE = 'data-text-size';

export const TextSizeSchema = v.picklist(TEXT_SIZES);

export function applyTextSize(size: TextSize, root: HTMLElement = document.documentElement): void {
  if (size === DEFAULT_TEXT_SIZE) root.removeAttribute(TEXT_SIZE_ATTRIBUTE);
  else root.setAttribute(TEXT_SIZE_ATTRIBUTE, size);
}

/** The next size up (+1) or down (-1), or undefined at either end. */
export function stepTextSize(size: TextSize, direction: 1 | -1): TextSize | undefined {
  return TEXT_SIZES[TEXT_SIZES.indexOf(size) + direction];
}

export const textSizeChoice = storedChoice({
  key: TEXT_SIZE_STORAGE_KEY,
  schema: TextSizeSchema,
  fallback: DEFAULT_TEXT_SIZE,
  apply: (size) => {
    applyTextSize(size);
  },
});
