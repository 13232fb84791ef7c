import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadAllCatalogues } from '../shared/i18n/catalogues.ts';

// The app loads an edition's strings before it renders it; components under test find both.
await loadAllCatalogues();

afterEach(() => {
  cleanup();
  // Build-script tests run in Node, where there is no window.
  if (typeof window !== 'undefined') window.localStorage.clear();
});

// jsdom lays nothing out and has no scrollIntoView, which the rubric row calls on focus.
if (typeof Element !== 'undefined' && !Reflect.has(Element.prototype, 'scrollIntoView')) {
  Element.prototype.scrollIntoView = () => undefined;
}
