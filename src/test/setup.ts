import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Build-script tests run in Node, where there is no window.
  if (typeof window !== 'undefined') window.localStorage.clear();
});

// jsdom lays nothing out and has no scrollIntoView, which the rubric row calls on focus.
if (typeof Element !== 'undefined' && !Reflect.has(Element.prototype, 'scrollIntoView')) {
  Element.prototype.scrollIntoView = () => undefined;
}
