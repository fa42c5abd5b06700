import { formatMs } from '../analytics/summary';
import type { CpuUsage } from '../store/cpu-usage';
import type { InputId, PhotoInput } from './inputs';
import type { ScenarioResult } from './scenario';

/** One line of the summary: an input at one concurrency. */
export type SummaryRow = Readonly<{
  input: InputId;
  mallocArenaMax: number | null;
  /** The input, and the malloc setting where one was set. */
  label: string;
  concurrency: number;
  photos: number;
  photosPerSecond: number;
  /** Photos per second over those of one caller on the same input; null for one caller or without a baseline. */
  throughputVsOne: number | null;
  p50: number;
  p95: number;
  max: number;
  outputKiB: number;
  peakRssMiB: number;
  /** Peak over the idle process: what these photos cost in memory. */
  addedMiB: number;
  /** Still resident after the last photo, over the idle process: what the allocator kept. */
  keptMiB: number;
  /** The most sharp pipelines at work at once. */
  pipelines: number;
  /** Cores other processes of the machine used meanwhile: above a few tenths, the line is disturbed. */
  otherCores: number;
}>;

/** A scenario's name: the input, and the malloc setting of its process where it had one. */
export function scenarioLabel(inputLabel: string, mallocArenaMax: number | null): string {
  return mallocArenaMax === null ? inputLabel : `${inputLabel} · MALLOC_ARENA_MAX=${mallocArenaMax}`;
}

/**
 * The results in the order of `inputs`, the default allocator before a set MALLOC_ARENA_MAX, then by
 * concurrency; each loaded line compared with the one-caller line of the same input and allocator.
 */
export function summaryRows(inputs: readonly PhotoInput[], scenarios: readonly ScenarioResult[], cores: number): SummaryRow[] {
  const order = inputs.map((input) => input.id);
  const arena = (result: ScenarioResult): number => result.mallocArenaMax ?? 0;
  const sorted = [...scenarios].sort(
    (a, b) => order.indexOf(a.input) - order.indexOf(b.input) || arena(a) - arena(b) || a.concurrency - b.concurrency,
  );
  return sorted.map((result) => {
    const baseline = scenarios.find(
      (other) => other.input === result.input && other.mallocArenaMax === result.mallocArenaMax && other.concurrency === 1,
    );
    const ratio =
      result.concurrency > 1 && baseline && baseline.photosPerSecond > 0 ? result.photosPerSecond / baseline.photosPerSecond : null;
    return {
      input: result.input,
      mallocArenaMax: result.mallocArenaMax,
      label: scenarioLabel(inputs.find((input) => input.id === result.input)?.label ?? result.input, result.mallocArenaMax),
      concurrency: result.concurrency,
      photos: result.photos,
      photosPerSecond: result.photosPerSecond,
      throughputVsOne: ratio === null ? null : Math.round(ratio * 100) / 100,
      p50: result.latencyMs.p50,
      p95: result.latencyMs.p95,
      max: result.latencyMs.max,
      outputKiB: Math.round(result.output.bytes / 1024),
      peakRssMiB: result.memory.peakMiB,
      addedMiB: result.memory.addedMiB,
      keptMiB: Math.round((result.memory.endMiB - result.memory.baselineMiB) * 10) / 10,
      pipelines: result.pipelines.maxActive,
      otherCores: otherCores(result.cpu, cores),
    };
  });
}

/** The machine's busy cores less the scenario's own: what the rest of the machine took meanwhile. */
export function otherCores(cpu: CpuUsage, cores: number): number {
  return Math.max(0, Math.round(((cpu.machineBusyPercent / 100) * cores - cpu.nodeCores) * 100) / 100);
}

/** The results as a Markdown table, for the terminal and docs/benchmarks.md. */
export function markdownTable(rows: readonly SummaryRow[]): string {
  const header = [
    'Input',
    'Callers',
    'Photos',
    'photos/s',
    'vs 1',
    'p50 ms',
    'p95 ms',
    'max ms',
    'Output KiB',
    'Peak RSS MiB',
    'Added MiB',
    'Kept MiB',
    'Pipelines',
    'Other CPU',
  ];
  return markdown(
    header,
    rows.map((row) => [
      row.label,
      String(row.concurrency),
      row.photos.toLocaleString('en-US'),
      row.photosPerSecond.toFixed(2),
      row.throughputVsOne === null ? '' : `×${row.throughputVsOne.toFixed(2)}`,
      formatMs(row.p50),
      formatMs(row.p95),
      formatMs(row.max),
      row.outputKiB.toLocaleString('en-US'),
      row.peakRssMiB.toFixed(0),
      row.addedMiB.toFixed(0),
      row.keptMiB.toFixed(0),
      String(row.pipelines),
      row.otherCores.toFixed(2),
    ]),
  );
}

/** The generated uploads as a Markdown table. */
export function inputsTable(inputs: readonly PhotoInput[]): string {
  return markdown(
    ['Input', 'What it is', 'Pixels', 'Upload'],
    inputs.map((input) => [input.label, input.description, `${input.megapixels} MP`, `${formatMiB(input.bytes)} MiB`]),
    2,
  );
}

export function formatMiB(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(2);
}

/** Text columns (the first `textColumns`) left-aligned, numbers right-aligned. */
function markdown(header: readonly string[], lines: readonly (readonly string[])[], textColumns = 1): string {
  const align = header.map((_, column) => (column < textColumns ? '---' : '---:'));
  return [header, align, ...lines].map((line) => `| ${line.join(' | ')} |`).join('\n');
}
