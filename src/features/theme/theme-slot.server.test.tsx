import { within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EditionProvider } from '../../shared/i18n/edition-context.tsx';
import { ThemeSlot } from './theme-slot.tsx';

// A file of its own: once a component has mounted in the browser, the app is known to run (see
// use-stored-choice.ts), and the prerender never mounts one.

describe('ThemeSlot on the server', () => {
  it('keeps the switch’s place in the prerendered page with the same options, disabled', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(
      <EditionProvider lang="ru">
        <ThemeSlot />
      </EditionProvider>,
    );
    const group = within(container).getByRole('group', { name: 'Тема оформления' });
    expect(group).toBeDisabled();
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Светлая', 'Тёмная', 'Как в системе']);
  });
});
