/**
 * Link and image addresses come from content. Only these schemes may reach an attribute;
 * `javascript:`, `data:`, `vbscript:` and anything unknown never do.
 */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// Pictures only over https: the site's policy (img-src) blocks plain http, as browsers block
// mixed content on an https page anyway.
const MEDIA_SCHEMES = new Set(['https:']);

// Any base works: it only lets relative paths parse so their scheme can be read.
const PARSE_BASE = 'https://reader.invalid/';

function check(raw: string, schemes: Set<string>): string | undefined {
  // Browsers strip leading control characters and spaces before reading a scheme.
  // eslint-disable-next-line no-control-regex
  const value = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (value === '' || value.startsWith('//') || value.startsWith('\\')) return undefined;
  // A whitespace or control character inside the scheme could hide it from this check.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, PARSE_BASE);
  } catch {
    return undefined;
  }
  const isRelative = !/^[a-z][a-z0-9+.-]*:/i.test(value);
  // "/\\host" is "//host" to a browser: another site dressed as a path.
  if (isRelative) return value.startsWith('/') && !value.includes('\\') ? value : undefined;
  return schemes.has(url.protocol) ? value : undefined;
}

/** The address if it is safe to put in an `href`, else undefined. */
export function safeLinkHref(raw: string): string | undefined {
  return check(raw, LINK_SCHEMES);
}

/** The address if it is safe to put in an image `src`, else undefined. */
export function safeMediaSrc(raw: string): string | undefined {
  return check(raw, MEDIA_SCHEMES);
}
