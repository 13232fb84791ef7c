// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { childOf, parseXml } from './parse-xml.ts';

// The well-formedness checks elsewhere are only as good as this parser's strictness.
describe('parseXml', () => {
  it('reads elements, namespaces, attributes, text and the declaration', () => {
    const { declaration, root } = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?><a xmlns="urn:a" xmlns:b="urn:b"><b:c d="1">x &amp; y</b:c></a>',
    );
    expect(declaration).toEqual({ version: '1.0', encoding: 'UTF-8' });
    expect(root).toMatchObject({ uri: 'urn:a', local: 'a' });
    const c = childOf(root, 'urn:b', 'c');
    expect(c.text).toBe('x & y');
    expect(c.attributes.get('d')).toBe('1');
  });

  it.each([
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['a bare less-than', '<a>1 < 2</a>'],
    ['a markup-like title', '<a><script>x</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a quote inside the same quotes', '<a b="say "hi""/>'],
    ['an undeclared prefix', '<x:a/>'],
    ['a control character', '<a>\u0001</a>'],
    ['two roots', '<a/><b/>'],
    ['an unclosed element', '<a><b></a>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
