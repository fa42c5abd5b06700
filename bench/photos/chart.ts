import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { renderSvg } from '../shared/svg';
import type { SummaryRow } from './summary';

export type PhotosChartInput = Readonly<{ title: string; subtitle: readonly string[]; rows: readonly SummaryRow[] }>;

/** One view of the horizontal concatenation (vega-lite exports only its top-level spec type). */
type Panel = Extract<TopLevelSpec, { hconcat: unknown }>['hconcat'][number];

const PANEL = { width: 300, height: 240 } as const;
const PALETTE = ['#4c78a8', '#f58518', '#54a24b', '#b279a2', '#72b7b2', '#e45756', '#9d755d', '#eeca3b'];

/** The results as an SVG: latency of each input alone, then memory and throughput by concurrent calls. */
export async function renderPhotosChart(input: PhotosChartInput): Promise<string> {
  return renderSvg(photosChartSpec(input));
}

export function photosChartSpec(input: PhotosChartInput): TopLevelSpec {
  const labels = [...new Set(input.rows.map((row) => row.label))];
  // One colour per scenario in every panel, and one legend for them all (below the panels).
  const color = {
    field: 'label',
    type: 'nominal',
    scale: { domain: labels, range: PALETTE },
    title: null,
    legend: { orient: 'bottom', direction: 'horizontal', columns: 3, labelLimit: 320 },
  } as const;
  const alone = input.rows.filter((row) => row.concurrency === 1);
  const concurrent = input.rows.filter((row) => input.rows.some((other) => other.input === row.input && other.concurrency > 1));
  const concurrentLabels = labels.filter((label) => concurrent.some((row) => row.label === label));
  const levels = [...new Set(concurrent.map((row) => row.concurrency))].sort((a, b) => a - b).map(String);

  const latency: Panel = {
    title: { text: 'One photo at a time: ms (bar p50, tick p95)', fontSize: 13 },
    width: PANEL.width,
    height: PANEL.height,
    data: {
      values: alone.map((row) => ({
        label: row.label,
        p50: row.p50,
        p95: row.p95,
        text: `${Math.round(row.p50)} / ${Math.round(row.p95)}`,
      })),
    },
    encoding: { y: { field: 'label', type: 'nominal', sort: labels, title: null, axis: { labelLimit: 500 } } },
    layer: [
      { mark: { type: 'bar', height: { band: 0.6 } }, encoding: { x: { field: 'p50', type: 'quantitative', title: 'ms' }, color } },
      { mark: { type: 'tick', thickness: 2, color: '#333' }, encoding: { x: { field: 'p95', type: 'quantitative' } } },
      {
        mark: { type: 'text', align: 'left', dx: 6, fontSize: 10 },
        encoding: { x: { field: 'p95', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
  };

  const byConcurrency = (title: string, field: 'addedMiB' | 'photosPerSecond', unit: string, format: string): Panel => ({
    title: { text: title, fontSize: 13 },
    width: PANEL.width,
    height: PANEL.height,
    data: { values: concurrent.map((row) => ({ label: row.label, callers: String(row.concurrency), value: row[field] })) },
    encoding: {
      x: { field: 'callers', type: 'ordinal', sort: levels, title: 'concurrent preparePhoto calls', axis: { labelAngle: 0 } },
      xOffset: { field: 'label', type: 'nominal', sort: concurrentLabels },
      y: { field: 'value', type: 'quantitative', title: unit },
    },
    layer: [
      { mark: 'bar', encoding: { color } },
      { mark: { type: 'text', dy: -5, fontSize: 8 }, encoding: { text: { field: 'value', type: 'quantitative', format } } },
    ],
  });

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: input.title, subtitle: [...input.subtitle], anchor: 'start', fontSize: 15, subtitleFontSize: 11, offset: 14 },
    background: 'white',
    padding: 12,
    config: { font: 'Helvetica, Arial, sans-serif', view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 } },
    spacing: 36,
    resolve: { scale: { x: 'independent', y: 'independent' } },
    hconcat: [
      latency,
      byConcurrency('Peak memory added (RSS over idle)', 'addedMiB', 'MiB', '.0f'),
      byConcurrency('Throughput', 'photosPerSecond', 'photos/s', '.1f'),
    ],
  };
}
