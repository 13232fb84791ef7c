import { SaxesParser } from 'saxes';

/**
 * For the tests: a strict XML 1.0 parser (saxes, the one jsdom uses) that throws on anything
 * not well-formed, including an undeclared namespace prefix, and returns a small element tree
 * with namespace URIs so tests can check structure as the protocols define it.
 */

export interface XmlElement {
  uri: string;
  local: string;
  /** Attribute values by local name (for unprefixed attributes) or "prefix:local". */
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The element's own text, entities resolved. */
  text: string;
}

export interface XmlDocument {
  /** The declaration's version and encoding, if there was a declaration. */
  declaration: { version?: string | undefined; encoding?: string | undefined } | undefined;
  root: XmlElement;
}

export function parseXml(xml: string): XmlDocument {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let declaration: XmlDocument['declaration'];

  parser.on('error', (error) => {
    throw error;
  });
  parser.on('xmldecl', ({ version, encoding }) => {
    declaration = { version, encoding };
  });
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      attributes.set(attribute.name, attribute.value);
    }
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes,
      children: [],
      text: '',
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return { declaration, root };
}

/** The children with this namespace and local name. */
export function childrenOf(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.filter((child) => child.uri === uri && child.local === local);
}

/** The one child with this name; throws if there is none or more than one. */
export function childOf(element: XmlElement, uri: string, local: string): XmlElement {
  const found = childrenOf(element, uri, local);
  const [only] = found;
  if (found.length !== 1 || !only) {
    throw new Error(`<${element.local}> has ${found.length} <${local}> children, expected 1`);
  }
  return only;
}
