import * as v from 'valibot';
import { storedChoice } from '../../shared/lib/stored-choice.ts';
import {
  DEFAULT_TEXT_SIZE,
  TEXT_SIZE_ATTRIBUTE,
  TEXT_SIZE_STORAGE_KEY,
  TEXT_SIZES,
  type TextSize,
} from '../../shared/preferences/reader-preferences.ts';

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
