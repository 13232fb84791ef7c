import type { MatcherFunction } from '@testing-library/react';

/**
 * Matches the element whose whole text is `expected`, wherever its text is split into elements
 * (rendered text keeps groups like "12 июля" on one line in spans of their own): the innermost
 * such element, not its ancestors.
 */
export function wholeText(expected: string | RegExp): MatcherFunction {
  const matches = (element: Element) => {
    const text = element.textContent.replace(/\s+/g, ' ').trim();
    return typeof expected === 'string' ? text === expected : expected.test(text);
  };
  return (_content, element) =>
    element !== null && matches(element) && !Array.from(element.children).some(matches);
}

/** The text of rendered HTML, its tags left out. */
export function textOfHtml(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}
