import type { LoadResult } from './load';
import { formatMs, formatTable, markdownTable, summaryRows } from './summary';

const result = (scenario: LoadResult['scenario'], clients: number, p95: number, extra: Partial<LoadResult> = {}): LoadResult => ({
  scenario,
  label: scenario,
  clients,
  requests: 100,
  errors: 0,
  errorSamples: [],
  warmupRequests: 5,
  seconds: 20,
  requestsPerSecond: 5,
  latencyMs: { samples: 100, mean: p95 / 2, p50: p95 / 2, p95, p99: p95 * 1.2, max: p95 * 2 },
  responseKiB: 12.3,
  stoppedBy: 'time',
  cpu: { bench: 0.1, api: 0.5, postgres: 1.2, other: 0, machineBusyPercent: 90 },
  ...extra,
});

describe('the summary of a run', () => {
  it('lists scenarios in the order they ran, one client first, and compares p95 with the one-client baseline', () => {
    const rows = summaryRows([
      result('ratings-today', 8, 2400),
      result('analytics-week', 1, 500),
      result('ratings-today', 1, 600),
      result('analytics-week', 8, 1000),
    ]);
    expect(rows.map((row) => [row.label, row.clients, row.p95VsOneClient])).toEqual([
      ['ratings-today', 1, null],
      ['ratings-today', 8, 4],
      ['analytics-week', 1, null],
      ['analytics-week', 8, 2],
    ]);
  });

  it('charges the API and PostgreSQL CPU of the measured time to each request', () => {
    // (0.5 + 1.2) cores × 20 s = 34 CPU-seconds over 100 requests
    expect(summaryRows([result('analytics-day', 8, 900)])[0].cpuMsPerRequest).toBe(340);
    expect(
      summaryRows([
        result('analytics-day', 8, 900, { cpu: { bench: 0.1, api: null, postgres: 1, other: null, machineBusyPercent: 80 } }),
      ])[0].cpuMsPerRequest,
    ).toBeNull();
  });

  it('has no comparison when the one-client run is missing', () => {
    expect(summaryRows([result('regions-overview', 8, 900)])[0].p95VsOneClient).toBeNull();
  });

  it('counts errors and keeps the latency percentiles as measured', () => {
    const [row] = summaryRows([result('deputy-rating', 1, 4000, { errors: 3, requests: 20 })]);
    expect(row).toMatchObject({ requests: 20, errors: 3, p50: 2000, p95: 4000, p99: 4800, max: 8000 });
  });
});

describe('formatting', () => {
  it('shows milliseconds with the precision that matters at their size', () => {
    expect(formatMs(1234.56)).toBe('1,235');
    expect(formatMs(123.4)).toBe('123');
    expect(formatMs(12.345)).toBe('12.3');
    expect(formatMs(1.234)).toBe('1.23');
  });

  it('aligns the terminal table: every line of a column ends at the same place', () => {
    const text = formatTable(summaryRows([result('ratings-today', 1, 600), result('ratings-today', 8, 12_000)]));
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    const end = (line: string, token: string): number => line.indexOf(token) + token.length;
    expect(end(lines[2], '600')).toBe(end(lines[3], '12,000'));
    expect(lines[3]).toContain('×20.0');
  });

  it('writes a Markdown table with a header, an alignment line and one line per row', () => {
    const lines = markdownTable(summaryRows([result('analytics-day', 1, 80)])).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^\| --- \| ---: \|/);
    expect(lines[2]).toMatch(/^\| analytics-day \| 1 \| 100 \| 0 \| 5\.00 \| 40\.0 \| 80\.0 \|/);
  });
});
