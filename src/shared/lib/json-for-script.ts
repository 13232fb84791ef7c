/**
 * JSON that is safe as the text of a `<script>` element (page data, JSON-LD): no "</script>" or
 * "<!--" can end or change it, and the line separators older parsers choke on are escaped.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<\u2028\u2029]/g, (char) =>
    char === '<' ? '\\u003c' : char === '\u2028' ? '\\u2028' : '\\u2029',
  );
}
