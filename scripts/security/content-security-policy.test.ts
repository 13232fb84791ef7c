// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bootScriptHash, contentSecurityPolicy, scriptHash } from './content-security-policy.ts';
import { PREFERENCES_SCRIPT } from './preferences-script.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('runs only the site’s own scripts and styles, nothing inline or evaluated', () => {
    const policy = directives(contentSecurityPolicy('/api/v1'));
    expect(policy.get('script-src')).toEqual([
      "'self'",
      // Search's WebAssembly, compiled from the site's own files: no script text is evaluated.
      "'wasm-unsafe-eval'",
      bootScriptHash(),
      scriptHash(PREFERENCES_SCRIPT),
    ]);
    expect(bootScriptHash()).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy('/api/v1')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('allows the page’s inline styles by their hash only', () => {
    const hash = scriptHash('body{margin:0}');
    const policy = contentSecurityPolicy('/api/v1', [hash]);
    expect(directives(policy).get('style-src')).toEqual(["'self'", hash]);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  });

  it('shuts plugins and base-URL tricks out', () => {
    const policy = directives(contentSecurityPolicy('/api/v1'));
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('lets data come from the site, and from the API’s origin when it is elsewhere', () => {
    expect(directives(contentSecurityPolicy('/api/v1')).get('connect-src')).toEqual(["'self'"]);
    expect(
      directives(contentSecurityPolicy('https://cdn.example.kg/news/api/v1')).get('connect-src'),
    ).toEqual(["'self'", 'https://cdn.example.kg']);
  });
});
