import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './test.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One violation as lines a person can act on: rule, impact, help link, then each element. */
export function describeViolation(violation: Violation): string {
  const nodes = violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
    return `    at ${node.target.join(' ')}: ${summary}\n      ${node.html}`;
  });
  return [
    `${violation.id} [${violation.impact ?? 'unknown impact'}]: ${violation.help}`,
    `    ${violation.helpUrl}`,
    ...nodes,
  ].join('\n');
}

/**
 * Runs axe-core over the whole page and reports a readable list of what it found. The check is
 * soft: a test visiting several pages reports every page's violations, then fails.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map(describeViolation);
  expect
    .soft(
      found,
      `axe-core found ${found.length} violation(s) on ${page.url()}:\n\n${found.join('\n\n')}\n`,
    )
    .toEqual([]);
}
