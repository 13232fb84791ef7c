import { parseAst } from 'rolldown/parseAst';
import type { Plugin } from 'vite';

/**
 * Object literals that spread and have more besides (`{ ...defaults, ...options, _defaulted:
 * true }`) take a slow path in the V8 of Node 20: ~3–5 µs each, against ~0.2 µs for the same
 * object built with `Object.assign`. React Router and TanStack Query build such objects many
 * times a page, and the build renders every page the site has (~110,000 at newsroom scale):
 * rewritten, a story page renders in ~0.8 ms of CPU instead of ~1.0 ms (docs/performance.md).
 * Only the server bundle is rewritten; browsers run the code as published.
 *
 * `{ ...a, b: 1, ...c }` becomes `Object.assign({}, a, { b: 1 }, c)`: the same values, computed
 * in the same order, the later key winning as before. Assigning differs from defining only for
 * a key named `__proto__` or a setter on `Object.prototype`; literals with a `__proto__` key,
 * accessors or methods are left as they are, and so is a lone spread (`{ ...a }`), which V8
 * copies quickly.
 */

interface Span {
  start: number;
  end: number;
}

interface Rewrite extends Span {
  /** In order: the spread arguments, and runs of plain properties to wrap as literals. */
  parts: { kind: 'spread' | 'properties'; span: Span }[];
}

function isNode(value: unknown): value is Record<string, unknown> & { type: string } {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string'
  );
}

function spanOf(node: Record<string, unknown>): Span | undefined {
  const { start, end } = node;
  return typeof start === 'number' && typeof end === 'number' ? { start, end } : undefined;
}

function isProtoKey(property: Record<string, unknown>): boolean {
  const key = property.key;
  if (property.computed === true || !isNode(key)) return false;
  return key.name === '__proto__' || key.value === '__proto__';
}

/** The rewrite of one object literal, if it is one to rewrite. */
function rewriteOf(node: Record<string, unknown>): Rewrite | undefined {
  const span = spanOf(node);
  const properties = Array.isArray(node.properties) ? node.properties.filter(isNode) : [];
  const spreads = properties.filter((property) => property.type === 'SpreadElement');
  if (!span || spreads.length === 0 || properties.length === 1) return undefined;
  const plain = (property: Record<string, unknown>) =>
    property.type === 'Property' &&
    property.kind === 'init' &&
    property.method !== true &&
    !isProtoKey(property);
  if (!properties.every((property) => property.type === 'SpreadElement' || plain(property))) {
    return undefined;
  }
  const parts: Rewrite['parts'] = [];
  for (const property of properties) {
    const argument = property.type === 'SpreadElement' ? property.argument : undefined;
    const part = isNode(argument) ? spanOf(argument) : spanOf(property);
    if (!part) return undefined;
    const last = parts.at(-1);
    if (argument) parts.push({ kind: 'spread', span: part });
    else if (last?.kind === 'properties') last.span = { start: last.span.start, end: part.end };
    else parts.push({ kind: 'properties', span: part });
  }
  return { ...span, parts };
}

function collect(node: unknown, found: Rewrite[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, found);
    return;
  }
  if (!isNode(node)) return;
  if (node.type === 'ObjectExpression') {
    const rewrite = rewriteOf(node);
    if (rewrite) found.push(rewrite);
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'loc' && typeof child === 'object') collect(child, found);
  }
}

/** `code` with its object spreads written as `Object.assign` calls (see above). */
export function assignSpreads(code: string): string {
  const rewrites: Rewrite[] = [];
  collect(parseAst(code), rewrites);
  rewrites.sort((a, b) => a.start - b.start);
  // The text of a span, rewrites inside it applied: outermost first, their parts in turn.
  const emit = ({ start, end }: Span): string => {
    let text = '';
    let at = start;
    for (const rewrite of rewrites) {
      if (rewrite.start < at || rewrite.end > end) continue;
      const parts = rewrite.parts.map(({ kind, span }) =>
        kind === 'spread' ? emit(span) : `{${emit(span)}}`,
      );
      text += `${code.slice(at, rewrite.start)}Object.assign({}, ${parts.join(', ')})`;
      at = rewrite.end;
    }
    return text + code.slice(at, end);
  };
  return emit({ start: 0, end: code.length });
}

/** Rewrites the spreads of the bundle's chunks (for the server bundle only; see above). */
export function assignSpreadsPlugin(): Plugin {
  return {
    name: 'assign-spreads',
    apply: 'build',
    renderChunk(code) {
      return { code: assignSpreads(code), map: null };
    },
  };
}
