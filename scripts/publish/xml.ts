/**
 * Text for XML 1.0 documents (sitemaps, RSS). Content is text: markup in a headline must reach
 * the reader as the characters typed, never as elements.
 */

/**
 * Characters XML 1.0 cannot carry at all, not even as character references: C0 controls other
 * than tab and line breaks, lone surrogates, U+FFFE and U+FFFF. One of them in a headline would
 * make the whole feed unreadable to a strict parser, so they are dropped.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe in element content and in attribute values of either quote. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
