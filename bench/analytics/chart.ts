import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { renderSvg } from '../shared/svg';
import type { AnalyticsBenchResults } from './run';
import type { SummaryRow } from './summary';

export type LatencyChartInput = Readonly<{ title: string; subtitle: readonly string[]; rows: readonly SummaryRow[] }>;

/** What the chart's numbers depend on, in two lines; other load on the machine is said when there was some. */
export function chartSubtitle(results: AnalyticsBenchResults): string[] {
  const { machine, dataSet, settings } = results;
  const others = results.scenarios.map((scenario) => scenario.cpu.other).filter((cores): cores is number => cores !== null);
  const meanOther = others.length ? others.reduce((a, b) => a + b, 0) / others.length : 0;
  return [
    `Region 77: ${dataSet.facts.appeals.toLocaleString('en-US')} appeals in a year, ${settings.deputies} deputies; 1 vs ${settings.clients} concurrent clients, ` +
      `${settings.seconds} s each (at least ${settings.minRequests} requests); ${results.startedAt.slice(0, 10)}`,
    `${machine.postgres.version.split(' on ')[0]}, ${machine.cpuModel} × ${machine.cores} cores shared by the API, PostgreSQL and the load` +
      (meanOther > 0.1 ? `; other processes used ${meanOther.toFixed(1)} cores on average meanwhile` : ''),
  ];
}

/**
 * p50 and p95 of each scenario, one client against the loaded run, as an SVG. A dot plot on a log scale:
 * the scenarios differ by two orders of magnitude, which bars on a linear axis would flatten.
 */
export async function renderLatencyChart(input: LatencyChartInput): Promise<string> {
  return renderSvg(latencyChartSpec(input));
}

export function latencyChartSpec(input: LatencyChartInput): TopLevelSpec {
  const series = (clients: number): string => `${clients} client${clients > 1 ? 's' : ''}`;
  const values = input.rows
    .filter((row) => row.requests > row.errors)
    .map((row) => ({ label: row.label, series: series(row.clients), p50: row.p50, p95: row.p95, p95Text: `${formatShort(row.p95)}` }));
  const seriesNames = [...new Set(input.rows.map((row) => row.clients))].sort((a, b) => a - b).map(series);
  const labels = [...new Set(input.rows.map((row) => row.label))];
  const color = {
    field: 'series',
    type: 'nominal',
    scale: { domain: seriesNames, range: ['#4c78a8', '#e45756', '#54a24b', '#b279a2'] },
    title: null,
  } as const;
  const y = { field: 'label', type: 'nominal', sort: labels, title: null, axis: { labelLimit: 400, labelFontSize: 11 } } as const;
  const yOffset = { field: 'series', type: 'nominal', sort: seriesNames, scale: { paddingOuter: 0.3 } } as const;
  const x = {
    type: 'quantitative',
    scale: { type: 'log' },
    title: 'latency, ms (log scale): ● p50 — ◆ p95',
    axis: { grid: true, format: '~s' },
  } as const;

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: input.title, subtitle: [...input.subtitle], anchor: 'start', fontSize: 15, subtitleFontSize: 11, offset: 14 },
    background: 'white',
    padding: 12,
    width: 520,
    height: { step: 13 },
    config: { font: 'Helvetica, Arial, sans-serif', view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 } },
    data: { values },
    encoding: { y, yOffset, color },
    layer: [
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x: { ...x, field: 'p50' }, x2: { field: 'p95' } } },
      { mark: { type: 'point', filled: true, size: 45, shape: 'circle', opacity: 1 }, encoding: { x: { ...x, field: 'p50' } } },
      {
        mark: { type: 'point', filled: true, size: 60, shape: 'diamond', opacity: 1 },
        encoding: { x: { ...x, field: 'p95' }, tooltip: [{ field: 'label' }, { field: 'series' }, { field: 'p50' }, { field: 'p95' }] },
      },
      { mark: { type: 'text', align: 'left', dx: 7, fontSize: 9 }, encoding: { x: { ...x, field: 'p95' }, text: { field: 'p95Text' } } },
    ],
  };
}

/** 842 ms, 3.9 s: short labels beside the dots. */
function formatShort(ms: number): string {
  if (ms >= 10_000) return `${Math.round(ms / 1000)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms)} ms`;
}
