import { isRubric, type Rubric } from '../../shared/i18n/rubrics.ts';

/**
 * The part of the site an address belongs to: the front page with its older pages, a rubric
 * with its pages, or neither (a story, a not-found page).
 */
export function sectionOf(pathname: string): 'front' | Rubric | undefined {
  if (/^\/[a-z]+\/(?:page\/[0-9]+)?$/.test(pathname)) return 'front';
  const rubric = /^\/[a-z]+\/rubric\/([^/]+)(?:\/page\/[0-9]+)?$/.exec(pathname)?.[1];
  return isRubric(rubric) ? rubric : undefined;
}
