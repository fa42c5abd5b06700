import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { renderSvg } from '../shared/svg';
import type { AppendScenarioResult, ReadScenarioResult } from './scenarios';

export type ChartInput = Readonly<{
  title: string;
  subtitle: string;
  appends: readonly AppendScenarioResult[];
  reads: readonly ReadScenarioResult[];
}>;

/** One view of the horizontal concatenation (vega-lite exports only its top-level spec type). */
type Panel = Extract<TopLevelSpec, { hconcat: unknown }>['hconcat'][number];

const PANEL = { width: 230, height: 240 } as const;

/** The results as an SVG: append throughput, catch-up read throughput, and append latency percentiles. */
export async function renderStoreChart(input: ChartInput): Promise<string> {
  return renderSvg(chartSpec(input));
}

function chartSpec(input: ChartInput): TopLevelSpec {
  const appendLabel = (scenario: AppendScenarioResult): string =>
    `${scenario.id} · ${scenario.writers} writer${scenario.writers > 1 ? 's' : ''}`;
  const appends = input.appends.map((scenario) => ({ label: appendLabel(scenario), eventsPerSecond: scenario.eventsPerSecond }));
  const reads = input.reads.map((scenario) => ({
    label: `${scenario.id} · ${scenario.method}`,
    eventsPerSecond: scenario.eventsPerSecond,
  }));
  const latencies = input.appends.flatMap((scenario) =>
    (['p50', 'p95', 'p99'] as const).map((percentile) => ({
      label: appendLabel(scenario),
      percentile,
      ms: scenario.latencyMs[percentile],
    })),
  );
  // One colour per scenario across the panels; each panel's scale holds only its own scenarios (scales are independent).
  const palette = ['#4c78a8', '#f58518', '#54a24b', '#72b7b2'];
  const labels = [...appends, ...reads].map((row) => row.label);
  const colors = (rows: readonly { label: string }[]): { domain: string[]; range: string[] } => ({
    domain: rows.map((row) => row.label),
    range: rows.map((row) => palette[labels.indexOf(row.label) % palette.length]),
  });

  const throughput = (title: string, values: readonly { label: string; eventsPerSecond: number }[]): Panel => ({
    title: { text: title, fontSize: 13 },
    width: PANEL.width,
    height: PANEL.height,
    data: { values: [...values] },
    encoding: {
      x: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelAngle: 0 } },
      y: { field: 'eventsPerSecond', type: 'quantitative', title: 'events/s' },
    },
    layer: [
      {
        mark: { type: 'bar', width: { band: 0.6 } },
        encoding: { color: { field: 'label', type: 'nominal', scale: colors(values), legend: null } },
      },
      { mark: { type: 'text', dy: -7, fontSize: 11 }, encoding: { text: { field: 'eventsPerSecond', type: 'quantitative', format: ',' } } },
    ],
  });

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: input.title, subtitle: input.subtitle, anchor: 'start', fontSize: 15, subtitleFontSize: 11, offset: 16 },
    background: 'white',
    padding: 12,
    config: { font: 'Helvetica, Arial, sans-serif', view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 } },
    spacing: 36,
    resolve: { scale: { x: 'independent', y: 'independent', color: 'independent' } },
    hconcat: [
      throughput('Durable appends (1 event each)', appends),
      throughput('Catch-up read of the whole log', reads),
      {
        title: { text: 'Append latency (ms)', fontSize: 13 },
        width: PANEL.width,
        height: PANEL.height,
        data: { values: latencies },
        encoding: {
          // Data order on both, or vega-lite unions an unsorted and a sorted domain for the text layer (and warns).
          x: { field: 'percentile', type: 'nominal', sort: null, title: null, axis: { labelAngle: 0 } },
          xOffset: { field: 'label', type: 'nominal', sort: null },
          y: { field: 'ms', type: 'quantitative', title: 'ms' },
        },
        layer: [
          {
            mark: 'bar',
            encoding: {
              color: {
                field: 'label',
                type: 'nominal',
                scale: colors(appends),
                title: null,
                legend: { orient: 'top-left', fillColor: 'white' },
              },
            },
          },
          { mark: { type: 'text', dy: -7, fontSize: 10 }, encoding: { text: { field: 'ms', type: 'quantitative', format: '.1f' } } },
        ],
      },
    ],
  };
}
