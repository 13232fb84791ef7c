// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  formatTable,
  median,
  medians,
  readRunMetrics,
  roundMedians,
  type PageMedians,
  type RunMetrics,
} from './lighthouse-metrics.ts';

function lhr(overrides: { lcp?: number; score?: number } = {}) {
  return {
    lighthouseVersion: '12.2.3',
    finalDisplayedUrl: 'http://127.0.0.1:4173/ru/',
    runWarnings: [],
    environment: { benchmarkIndex: 1500, networkUserAgent: 'x' },
    categories: { performance: { score: overrides.score ?? 1, title: 'Performance' } },
    audits: {
      'largest-contentful-paint': { numericValue: overrides.lcp ?? 1200, score: 1 },
      'first-contentful-paint': { numericValue: 900 },
      'total-blocking-time': { numericValue: 10 },
      'cumulative-layout-shift': { numericValue: 0.001 },
      metrics: {
        details: { items: [{ observedFirstContentfulPaint: 80 }, { lcpInvalidated: false }] },
      },
      'network-requests': {
        details: {
          type: 'table',
          items: [
            { url: 'http://127.0.0.1:4173/ru/', resourceType: 'Document', transferSize: 9000 },
            {
              url: 'http://127.0.0.1:4173/a.js',
              resourceType: 'Script',
              transferSize: 51200,
              networkEndTime: 60,
            },
            {
              url: 'http://127.0.0.1:4173/b.js',
              resourceType: 'Script',
              transferSize: 10240,
              networkEndTime: 95,
            },
            { url: 'http://127.0.0.1:4173/c.js', resourceType: 'Script' },
            { url: 'http://127.0.0.1:4173/a.css', resourceType: 'Stylesheet', transferSize: 3000 },
          ],
        },
      },
      'unused-audit': { score: null },
    },
  };
}

describe('readRunMetrics', () => {
  it('reads the metrics, the score and the script transferred', () => {
    const run = readRunMetrics(lhr());
    expect(run).toMatchObject({
      lcpMs: 1200,
      fcpMs: 900,
      tbtMs: 10,
      cls: 0.001,
      performance: 1,
      scriptKbGz: 60,
      benchmarkIndex: 1500,
      observedFcpMs: 80,
      scriptsBeforePaint: 1,
    });
    expect(run.scriptUrls).toHaveLength(3);
  });

  it("reports Lighthouse's runtime error instead of a schema error", () => {
    const failed = {
      ...lhr(),
      runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' },
    };
    expect(() => readRunMetrics(failed)).toThrow(/NO_FCP/);
  });

  it('fails on a result without a score', () => {
    expect(() =>
      readRunMetrics({ ...lhr(), categories: { performance: { score: null } } }),
    ).toThrow();
  });
});

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([7])).toBe(7);
  });

  it('fails on no values', () => {
    expect(() => median([])).toThrow();
  });
});

describe('medians', () => {
  it('takes each figure’s own median', () => {
    const runs: RunMetrics[] = [1300, 1100, 1200].map((lcp, index) => ({
      ...readRunMetrics(lhr({ lcp })),
      tbtMs: [0, 90, 20][index] ?? 0,
    }));
    expect(medians(runs)).toMatchObject({ lcpMs: 1200, tbtMs: 20 });
  });
});

const good: PageMedians = {
  lcpMs: 1000,
  fcpMs: 900,
  tbtMs: 0,
  cls: 0,
  performance: 1,
  scriptKbGz: 70,
};

describe('checkBudgets', () => {
  it('passes pages within every budget', () => {
    const verdicts = checkBudgets({ article: good, front: good, floor: good });
    expect(verdicts).toHaveLength(9);
    expect(verdicts.every((verdict) => verdict.pass)).toBe(true);
  });

  it('judges the article LCP against 1.15 times the floor, limits inclusive', () => {
    const floor = { ...good, lcpMs: 1000 };
    const at = checkBudgets({ article: { ...good, lcpMs: 1150 }, front: good, floor });
    const over = checkBudgets({ article: { ...good, lcpMs: 1151 }, front: good, floor });
    expect(at[0]).toMatchObject({ pass: true, limit: 1150 });
    expect(over[0]).toMatchObject({ pass: false });
  });

  it('judges a story with a lead photo against 1.3 times its own floor, and its CLS', () => {
    const floor = { ...good, lcpMs: 1000 };
    const judged = (story: PageMedians) =>
      checkBudgets({ article: good, front: good, floor: good, photo: { story, floor } })
        .slice(9)
        .map(({ budget, pass }) => [budget, pass]);
    expect(judged({ ...good, lcpMs: 1300 })).toEqual([
      ['photo story LCP <= 1.3 x its floor LCP', true],
      ['photo story CLS <= 0.01', true],
    ]);
    expect(judged({ ...good, lcpMs: 1301, cls: 0.011 })).toEqual([
      ['photo story LCP <= 1.3 x its floor LCP', false],
      ['photo story CLS <= 0.01', false],
    ]);
  });

  it('fails each budget a page misses', () => {
    const front = { ...good, performance: 0.98, tbtMs: 51, cls: 0.02, scriptKbGz: 121 };
    const failed = checkBudgets({ article: good, front, floor: good })
      .filter((verdict) => !verdict.pass)
      .map((verdict) => verdict.budget);
    expect(failed).toEqual([
      'front performance = 1.00',
      'front TBT <= 50 ms',
      'front CLS <= 0.01',
      'front script <= 120 KB gz',
    ]);
  });
});

describe('roundMedians and formatTable', () => {
  const page = { ...good, lcpMs: 1234.56, cls: 0.001234, scriptKbGz: 70.04 };

  it('rounds for the JSON line', () => {
    expect(roundMedians(page)).toEqual({ ...good, lcpMs: 1235, cls: 0.0012, scriptKbGz: 70 });
  });

  it('aligns a header and one row per page', () => {
    const table = formatTable([
      ['article', page],
      ['floor', good],
    ]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^page\s+LCP ms\s+FCP ms\s+TBT ms\s+CLS\s+perf\s+script KB gz$/);
    expect(table[1]).toMatch(/^article\s+1235\s+900\s+0\s+0\.001\s+1\.00\s+70\.0$/);
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
  });
});
