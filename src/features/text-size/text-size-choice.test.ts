import { describe, expect, it } from 'vitest';
import { TEXT_SIZES } from '../../shared/preferences/reader-preferences.ts';
import { applyTextSize, stepTextSize } from './text-size-choice.ts';

describe('text size steps', () => {
  it('goes up and down one step at a time, to nothing past either end', () => {
    expect(stepTextSize('100', 1)).toBe('115');
    expect(stepTextSize('100', -1)).toBe('90');
    expect(stepTextSize('90', -1)).toBeUndefined();
    expect(stepTextSize('150', 1)).toBeUndefined();
    expect(TEXT_SIZES).toHaveLength(5);
  });

  it('marks <html> with any size but the default', () => {
    const root = document.createElement('html');
    applyTextSize('130', root);
    expect(root).toHaveAttribute('data-text-size', '130');
    applyTextSize('100', root);
    expect(root).not.toHaveAttribute('data-text-size');
  });
});
