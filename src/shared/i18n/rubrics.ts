/** The newsroom's sections. Each has a label in every catalogue; content may use no other. */
export const RUBRICS = ['politics', 'economy', 'society', 'world', 'culture', 'sport'] as const;

export type Rubric = (typeof RUBRICS)[number];

export function isRubric(value: unknown): value is Rubric {
  return RUBRICS.some((rubric) => rubric === value);
}
