import type { Plugin } from 'vite';

/**
 * The Content Security Policy every built page carries. Scripts come only from the site itself
 * (no inline script: the page data and JSON-LD are data blocks, which CSP does not run), styles
 * only from its stylesheet, data only from the site and the API. `frame-ancestors` cannot be
 * set from a meta tag; the web server sends the policy as a header with it (deploy/).
 */
export function contentSecurityPolicy(apiBase: string): string {
  const apiOrigin = apiBase.startsWith('/') ? '' : ` ${new URL(apiBase).origin}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Story pictures may be served by the newsroom's media host or CDN.
    "img-src 'self' https:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Puts the policy into the built index.html, the template of every prerendered page. */
export function cspMeta(apiBase: string): Plugin {
  return {
    name: 'csp-meta',
    // The dev server injects inline scripts of its own (hot reload); the policy is for builds.
    apply: 'build',
    // Right after the charset, ahead of every script and stylesheet it governs.
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html has no <meta charset>');
      const policy = contentSecurityPolicy(apiBase).replace(/'/g, '&#39;');
      return html.replace(
        charset,
        (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
  };
}
