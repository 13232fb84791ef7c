import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues, PositiveIntSchema } from './schema-primitives.ts';

function linesOf(schema: v.GenericSchema, input: unknown): string[] {
  const result = v.safeParse(schema, input);
  return result.success ? [] : describeIssues(result.issues);
}

describe('describeIssues', () => {
  const Picture = v.object({ src: v.string(), width: PositiveIntSchema });

  it('names the field of each problem, nested ones by their path', () => {
    expect(
      linesOf(v.object({ body: v.array(Picture) }), { body: [{ src: 'a', width: 0 }] }),
    ).toEqual([expect.stringMatching(/^body\.0\.width: /)]);
  });

  it('says a required field left out must be given', () => {
    expect(linesOf(Picture, { src: 'a' })).toEqual(['width: must be given']);
  });

  it('keeps a message of its own', () => {
    const Title = v.object({ title: v.pipe(v.string(), v.nonEmpty('must not be empty')) });
    expect(linesOf(Title, { title: '' })).toEqual(['title: must not be empty']);
  });
});
