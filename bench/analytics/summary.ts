import type { LoadResult } from './load';

/** One line of the summary: a scenario at one concurrency. */
export type SummaryRow = Readonly<{
  label: string;
  clients: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  responseKiB: number;
  /** p95 with this many clients over p95 with one; null for the one-client line or without a baseline. */
  p95VsOneClient: number | null;
  /**
   * CPU time of the API and PostgreSQL per request: the work a request costs, which other load on the machine
   * changes much less than its latency. Two free cores serve at most 2,000 / this many requests a second.
   */
  cpuMsPerRequest: number | null;
  /** Cores other processes of the machine used meanwhile: above a few tenths, the line is disturbed. */
  otherCores: number | null;
}>;

/** The results in scenario order, one client first; each loaded line compared with its one-client baseline. */
export function summaryRows(results: readonly LoadResult[]): SummaryRow[] {
  const order = [...new Set(results.map((result) => result.scenario))];
  const sorted = [...results].sort((a, b) => order.indexOf(a.scenario) - order.indexOf(b.scenario) || a.clients - b.clients);
  return sorted.map((result) => {
    const baseline = results.find((other) => other.scenario === result.scenario && other.clients === 1);
    const ratio = result.clients > 1 && baseline && baseline.latencyMs.p95 > 0 ? result.latencyMs.p95 / baseline.latencyMs.p95 : null;
    return {
      label: result.label,
      clients: result.clients,
      requests: result.requests,
      errors: result.errors,
      requestsPerSecond: result.requestsPerSecond,
      p50: result.latencyMs.p50,
      p95: result.latencyMs.p95,
      p99: result.latencyMs.p99,
      max: result.latencyMs.max,
      responseKiB: result.responseKiB,
      p95VsOneClient: ratio === null ? null : Math.round(ratio * 10) / 10,
      cpuMsPerRequest: cpuPerRequest(result),
      otherCores: result.cpu.other,
    };
  });
}

function cpuPerRequest(result: LoadResult): number | null {
  const { api, postgres } = result.cpu;
  if (api === null || postgres === null || result.requests === 0) return null;
  return Math.round(((api + postgres) * result.seconds * 1000) / result.requests);
}

/** Milliseconds as people read them: whole above 100, one decimal above 10, two below. */
export function formatMs(ms: number): string {
  if (ms >= 100) return Math.round(ms).toLocaleString('en-US');
  return ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

const HEADER = [
  'Scenario',
  'Clients',
  'Requests',
  'Errors',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'max ms',
  'KiB/answer',
  'p95 vs 1',
  'CPU ms/req',
  'Other CPU',
] as const;

function cells(row: SummaryRow): string[] {
  return [
    row.label,
    String(row.clients),
    row.requests.toLocaleString('en-US'),
    row.errors.toLocaleString('en-US'),
    row.requestsPerSecond >= 10 ? row.requestsPerSecond.toFixed(1) : row.requestsPerSecond.toFixed(2),
    formatMs(row.p50),
    formatMs(row.p95),
    formatMs(row.p99),
    formatMs(row.max),
    row.responseKiB.toFixed(1),
    row.p95VsOneClient === null ? '' : `×${row.p95VsOneClient.toFixed(1)}`,
    row.cpuMsPerRequest === null ? '?' : row.cpuMsPerRequest.toLocaleString('en-US'),
    row.otherCores === null ? '?' : row.otherCores.toFixed(2),
  ];
}

/** A plain-text table for the terminal: the label left-aligned, numbers right-aligned. */
export function formatTable(rows: readonly SummaryRow[]): string {
  const lines = [HEADER.slice(), ...rows.map(cells)];
  const widths = HEADER.map((_, column) => Math.max(...lines.map((line) => [...line[column]].length)));
  const pad = (text: string, column: number): string => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]));
  const render = (line: readonly string[]): string => line.map(pad).join('  ').trimEnd();
  return [render(lines[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.slice(1).map(render)].join('\n');
}

/** The same table in Markdown, for docs/benchmarks.md. */
export function markdownTable(rows: readonly SummaryRow[]): string {
  const align = HEADER.map((_, column) => (column === 0 ? '---' : '---:'));
  return [HEADER.slice(), align, ...rows.map(cells)].map((line) => `| ${line.join(' | ')} |`).join('\n');
}
