// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseXml } from './test-support/parse-xml.ts';
import { escapeXml } from './xml.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;',
    );
  });

  it('does not double-escape or touch other text', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
    expect(escapeXml('Кыргызстан жаңылыктары — «ОИС» 🇰🇬')).toBe(
      'Кыргызстан жаңылыктары — «ОИС» 🇰🇬',
    );
  });

  it('drops characters XML cannot carry, keeping tabs and line breaks', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\tg\nh\ri')).toBe('abcdef\tg\nh\ri');
  });

  it('gives text that survives a strict parser unchanged, in content and attributes', () => {
    const hostile = `<script>alert('x')</script> & "Q" ]]> --> &amp;`;
    const { root } = parseXml(
      `<a b="${escapeXml(hostile)}" c='${escapeXml(hostile)}'>${escapeXml(hostile)}</a>`,
    );
    expect(root.text).toBe(hostile);
    expect(root.attributes.get('b')).toBe(hostile);
    expect(root.attributes.get('c')).toBe(hostile);
  });
});
