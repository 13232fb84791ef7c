/**
 * Pure parts of the Lighthouse bench (scripts/bench/bench-lighthouse.ts): reading the figures
 * out of a Lighthouse result, medians, budgets and the printed table.
 */
import * as v from 'valibot';

const NumericAuditSchema = v.object({ numericValue: v.number() });

/** A failed run (NO_FCP, a page that did not load…) has no metrics, only this. */
const RuntimeErrorSchema = v.object({
  runtimeError: v.optional(v.object({ code: v.string(), message: v.string() })),
});

/** The part of a Lighthouse result (LHR) the bench reads; anything else may change freely. */
const ResultSchema = v.object({
  lighthouseVersion: v.string(),
  finalDisplayedUrl: v.string(),
  runWarnings: v.array(v.string()),
  environment: v.object({ benchmarkIndex: v.number() }),
  categories: v.object({ performance: v.object({ score: v.number() }) }),
  audits: v.object({
    'largest-contentful-paint': NumericAuditSchema,
    'first-contentful-paint': NumericAuditSchema,
    'total-blocking-time': NumericAuditSchema,
    'cumulative-layout-shift': NumericAuditSchema,
    metrics: v.object({
      details: v.object({
        items: v.tupleWithRest(
          [v.object({ observedFirstContentfulPaint: v.number() })],
          v.unknown(),
        ),
      }),
    }),
    'network-requests': v.object({
      details: v.object({
        items: v.array(
          v.object({
            url: v.string(),
            resourceType: v.optional(v.string()),
            transferSize: v.optional(v.number()),
            networkEndTime: v.optional(v.number()),
          }),
        ),
      }),
    }),
  }),
});

export interface RunMetrics {
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  performance: number;
  /** Script fetched during the load, as transferred: gzipped by the server, headers included. */
  scriptKbGz: number;
  scriptUrls: string[];
  /** First paint as it happened, unthrottled, on this machine. */
  observedFcpMs: number;
  /**
   * Scripts that had arrived before that paint. Lantern (the simulation) then treats a
   * high-priority script, module scripts included, as render-blocking if it also ran before the
   * paint, and adds its simulated download and run to FCP and LCP: a race in the unthrottled load
   * that makes the simulated figures jump between runs.
   */
  scriptsBeforePaint: number;
  benchmarkIndex: number;
  warnings: string[];
}

/** Reads one run's figures from a Lighthouse result; throws with Lighthouse's own error code. */
export function readRunMetrics(lhr: unknown): RunMetrics {
  const failure = v.parse(RuntimeErrorSchema, lhr).runtimeError;
  if (failure) throw new Error(`Lighthouse ${failure.code}: ${failure.message}`);
  const result = v.parse(ResultSchema, lhr);
  const scripts = result.audits['network-requests'].details.items.filter(
    (item) => item.resourceType === 'Script',
  );
  const observedFcpMs = result.audits.metrics.details.items[0].observedFirstContentfulPaint;
  const scriptBytes = scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  return {
    lcpMs: result.audits['largest-contentful-paint'].numericValue,
    fcpMs: result.audits['first-contentful-paint'].numericValue,
    tbtMs: result.audits['total-blocking-time'].numericValue,
    cls: result.audits['cumulative-layout-shift'].numericValue,
    performance: result.categories.performance.score,
    scriptKbGz: scriptBytes / 1024,
    scriptUrls: scripts.map((item) => item.url),
    observedFcpMs,
    scriptsBeforePaint: scripts.filter(
      (item) => item.networkEndTime !== undefined && item.networkEndTime <= observedFcpMs,
    ).length,
    benchmarkIndex: result.environment.benchmarkIndex,
    warnings: result.runWarnings,
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  const lower = sorted[middle - 1] ?? upper;
  return sorted.length % 2 === 1 ? upper : (lower + upper) / 2;
}

export type PageMedians = Pick<
  RunMetrics,
  'lcpMs' | 'fcpMs' | 'tbtMs' | 'cls' | 'performance' | 'scriptKbGz'
>;

/** Each figure's own median over the runs (not the figures of one "median run"). */
export function medians(runs: readonly RunMetrics[]): PageMedians {
  const of = (pick: (run: RunMetrics) => number) => median(runs.map(pick));
  return {
    lcpMs: of((run) => run.lcpMs),
    fcpMs: of((run) => run.fcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    performance: of((run) => run.performance),
    scriptKbGz: of((run) => run.scriptKbGz),
  };
}

export interface BenchMedians {
  article: PageMedians;
  front: PageMedians;
  floor: PageMedians;
  /** A story with a lead photo and its own floor, when the bench built one. */
  photo?: { story: PageMedians; floor: PageMedians } | undefined;
}

export interface BudgetVerdict {
  budget: string;
  value: number;
  limit: number;
  pass: boolean;
}

/** The performance budgets, for the story and the front page; the floor is only the yardstick. */
export const BUDGETS = {
  lcpOverFloor: 1.15,
  minPerformance: 1,
  maxTbtMs: 50,
  maxCls: 0.01,
  maxScriptKbGz: 120,
  /** A story with a lead photo against the same page without script. */
  photoLcpOverFloor: 1.3,
} as const;

export function checkBudgets({ article, front, floor, photo }: BenchMedians): BudgetVerdict[] {
  const atMost = (budget: string, value: number, limit: number): BudgetVerdict => ({
    budget,
    value,
    limit,
    pass: value <= limit,
  });
  const atLeast = (budget: string, value: number, limit: number): BudgetVerdict => ({
    budget,
    value,
    limit,
    pass: value >= limit,
  });
  const pages = [
    ['article', article],
    ['front', front],
  ] as const;
  return [
    atMost('article LCP <= 1.15 x floor LCP', article.lcpMs, floor.lcpMs * BUDGETS.lcpOverFloor),
    ...pages.map(([name, page]) =>
      atLeast(`${name} performance = 1.00`, page.performance, BUDGETS.minPerformance),
    ),
    ...pages.map(([name, page]) => atMost(`${name} TBT <= 50 ms`, page.tbtMs, BUDGETS.maxTbtMs)),
    ...pages.map(([name, page]) => atMost(`${name} CLS <= 0.01`, page.cls, BUDGETS.maxCls)),
    ...pages.map(([name, page]) =>
      atMost(`${name} script <= 120 KB gz`, page.scriptKbGz, BUDGETS.maxScriptKbGz),
    ),
    ...(photo
      ? [
          atMost(
            'photo story LCP <= 1.3 x its floor LCP',
            photo.story.lcpMs,
            photo.floor.lcpMs * BUDGETS.photoLcpOverFloor,
          ),
          atMost('photo story CLS <= 0.01', photo.story.cls, BUDGETS.maxCls),
        ]
      : []),
  ];
}

/** Rounds figures for the JSON line: whole ms, 4 decimals for CLS, 2 for the score, 1 for KB. */
export function roundMedians(page: PageMedians): PageMedians {
  const to = (value: number, digits: number) => Number(value.toFixed(digits));
  return {
    lcpMs: Math.round(page.lcpMs),
    fcpMs: Math.round(page.fcpMs),
    tbtMs: Math.round(page.tbtMs),
    cls: to(page.cls, 4),
    performance: to(page.performance, 2),
    scriptKbGz: to(page.scriptKbGz, 1),
  };
}

export function formatTable(rows: readonly (readonly [string, PageMedians])[]): string {
  const header = ['page', 'LCP ms', 'FCP ms', 'TBT ms', 'CLS', 'perf', 'script KB gz'];
  const lines = rows.map(([name, page]) => [
    name,
    page.lcpMs.toFixed(0),
    page.fcpMs.toFixed(0),
    page.tbtMs.toFixed(0),
    page.cls.toFixed(3),
    page.performance.toFixed(2),
    page.scriptKbGz.toFixed(1),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  return [header, ...lines]
    .map((line) =>
      line
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    )
    .join('\n');
}
