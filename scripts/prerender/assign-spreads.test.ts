// @vitest-environment node
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { assignSpreads } from './assign-spreads.ts';

/** Evaluates an expression's code, with `log` recording the order its parts are computed in. */
function evaluate(expression: string): { value: unknown; order: string[] } {
  const order: string[] = [];
  const log = <T>(name: string, value: T): T => {
    order.push(name);
    return value;
  };
  const value: unknown = vm.runInNewContext(`(${expression})`, { log });
  return { value, order };
}

describe('assignSpreads', () => {
  it('builds spread-and-more literals with Object.assign, to the same object', () => {
    const cases = [
      '{ ...{ a: 1, b: 2 }, b: 3, c: 4 }',
      '{ x: 0, ...{ x: 1, y: 1 }, ...null, ...undefined, z: 2 }',
      '{ ...log("first", { a: 1 }), b: log("second", 2), ...log("third", { b: 3 }) }',
      '{ ...{ a: { ...{ deep: 1 }, more: 2 } }, ["com" + "puted"]: 1, ...[7, 8] }',
      '{ ...{ a: 1 }, ...{ a: 2 } }',
      '{ ...["Привет"], after: "ок" }',
    ];
    for (const expression of cases) {
      const rewritten = assignSpreads(`(${expression});`);
      expect(rewritten, expression).toContain('Object.assign(');
      expect(evaluate(rewritten.slice(0, -1)), expression).toEqual(evaluate(expression));
    }
  });

  it('rewrites spreads nested in spreads and in values, and nothing else in the code', () => {
    const code =
      'const s = "Ключ"; const a = { ...b, c: { ...d, e: 1 }, ...f({ ...g, h }) }; call(x, y);';
    expect(assignSpreads(code)).toBe(
      'const s = "Ключ"; const a = Object.assign({}, b, {c: Object.assign({}, d, {e: 1})}, ' +
        'f(Object.assign({}, g, {h}))); call(x, y);',
    );
  });

  it('leaves what assigning would change, and a lone spread, as they are', () => {
    const untouched = [
      'const a = { ...b };',
      'const a = { ...b, get c() { return 1; } };',
      'const a = { ...b, c() { return 1; } };',
      'const a = { ...b, __proto__: null };',
      'const a = { ...b, "__proto__": null };',
      'const a = { b: 1, c };',
      'const [a, ...rest] = list; f(...rest);',
    ];
    for (const code of untouched) expect(assignSpreads(code), code).toBe(code);
  });
});
