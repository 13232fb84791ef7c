import { describe, expect, it } from 'vitest';
import { applyTheme } from './theme-choice.ts';

describe('applyTheme', () => {
  it('forces light or dark on <html>, and lets the system decide otherwise', () => {
    const root = document.createElement('html');
    applyTheme('dark', root);
    expect(root).toHaveAttribute('data-theme', 'dark');
    applyTheme('light', root);
    expect(root).toHaveAttribute('data-theme', 'light');
    applyTheme('system', root);
    expect(root).not.toHaveAttribute('data-theme');
  });
});
