import * as v from 'valibot';
import { LANGS } from '../i18n/languages.ts';
import { RUBRICS } from '../i18n/rubrics.ts';
import { safeLinkHref, safeMediaSrc } from './safe-url.ts';

export const LangSchema = v.picklist(LANGS, 'must be "ru" or "ky"');

/** One of the newsroom's sections: each has a label and a page, so content may use no other. */
export const RubricSchema = v.picklist(RUBRICS, `must be one of ${RUBRICS.join(', ')}`);

export const IdSchema = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/,
    'must be 1-64 lowercase letters, digits or hyphens',
  ),
);

export const SlugSchema = v.pipe(
  v.string(),
  v.maxLength(120, 'must be at most 120 characters'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase Latin words joined by hyphens'),
);

/** Text a reader sees: never empty or only white space. */
export const TextSchema = v.pipe(
  v.string(),
  v.check((value) => value.trim() !== '', 'must not be empty'),
);

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function isRealDateTime(value: string): boolean {
  const match = ISO_WITH_OFFSET.exec(value);
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number.parseInt(part, 10) || 0);
  if (Number.isNaN(Date.parse(value))) return false;
  // Date.parse quietly rolls 30 February over into March; the calendar check does not.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

/** An ISO 8601 date and time with an explicit offset, e.g. 2017-07-12T00:00:00+06:00. */
export const DateTimeSchema = v.pipe(
  v.string(),
  v.check(isRealDateTime, 'must be an ISO 8601 date and time with an offset'),
);

export const LinkHrefSchema = v.pipe(
  v.string(),
  v.check(
    (value) => safeLinkHref(value) !== undefined,
    'must be an http(s), mailto or tel URL or a path',
  ),
);

export const MediaSrcSchema = v.pipe(
  v.string(),
  v.check((value) => safeMediaSrc(value) !== undefined, 'must be an http(s) URL or a path'),
);

/** A colour as `#rrggbb`. */
export const HexColorSchema = v.pipe(
  v.string(),
  v.regex(/^#[0-9a-f]{6}$/, 'must be a colour written #rrggbb (lowercase)'),
);

export const PositiveIntSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

/** Issues as "field.path: message" lines, for build errors and logs. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    // A required field left out: said as an editor would, not as the schema library does.
    const missing = issue.type === 'object' && issue.received === 'undefined';
    const message = missing ? 'must be given' : issue.message;
    return path ? `${path}: ${message}` : message;
  });
}
