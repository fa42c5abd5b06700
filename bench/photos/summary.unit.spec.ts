import type { PhotoInput } from './inputs';
import type { ScenarioResult } from './scenario';
import { inputsTable, markdownTable, otherCores, scenarioLabel, summaryRows } from './summary';

const input = (id: PhotoInput['id'], label: string): PhotoInput => ({
  id,
  label,
  description: `${label}, generated`,
  format: 'jpeg',
  width: 4032,
  height: 3024,
  channels: 3,
  megapixels: 12.2,
  bytes: 4_812_345,
  orientation: 6,
  quality: 90,
});
const inputs = [input('phone-12mp', '12 MP phone JPEG'), input('phone-48mp', '48 MP phone JPEG')];

const result = (
  id: PhotoInput['id'],
  concurrency: number,
  photosPerSecond: number,
  extra: Partial<ScenarioResult> = {},
): ScenarioResult => ({
  input: id,
  concurrency,
  mallocArenaMax: null,
  sharpConcurrency: 1,
  warmupRuns: Math.max(2, concurrency),
  photos: 40,
  seconds: 8,
  photosPerSecond,
  latencyMs: { samples: 40, mean: 300, p50: 290, p95: 410, p99: 420, max: 430 },
  output: { bytes: 1_410_048, width: 1920, height: 2560 },
  memory: { baselineMiB: 90.4, peakMiB: 350.2, addedMiB: 259.8, endMiB: 340.1, method: 'VmHWM' },
  pipelines: { maxActive: Math.min(concurrency, 4), maxQueued: Math.max(0, concurrency - 4) },
  cpu: { nodeCores: 1, machineBusyPercent: 60 },
  stoppedBy: 'time',
  ...extra,
});

describe('the summary of a run', () => {
  it('lists inputs in their order, the default allocator first, then by concurrency', () => {
    const rows = summaryRows(
      inputs,
      [
        result('phone-48mp', 2, 4),
        result('phone-48mp', 1, 2, { mallocArenaMax: 2 }),
        result('phone-12mp', 4, 5),
        result('phone-48mp', 1, 2.5),
        result('phone-12mp', 1, 3),
      ],
      2,
    );
    expect(rows.map((row) => [row.label, row.concurrency])).toEqual([
      ['12 MP phone JPEG', 1],
      ['12 MP phone JPEG', 4],
      ['48 MP phone JPEG', 1],
      ['48 MP phone JPEG', 2],
      ['48 MP phone JPEG · MALLOC_ARENA_MAX=2', 1],
    ]);
  });

  it('compares throughput with one caller of the same input and allocator only', () => {
    const rows = summaryRows(
      inputs,
      [
        result('phone-48mp', 1, 2),
        result('phone-48mp', 4, 3.6),
        result('phone-48mp', 1, 3, { mallocArenaMax: 2 }),
        result('phone-48mp', 4, 4.5, { mallocArenaMax: 2 }),
      ],
      2,
    );
    expect(rows.map((row) => row.throughputVsOne)).toEqual([null, 1.8, null, 1.5]);
    expect(summaryRows(inputs, [result('phone-12mp', 2, 5)], 2)[0].throughputVsOne).toBeNull();
  });

  it('reports what the photos cost in memory over the idle process, and what stays resident after them', () => {
    const [row] = summaryRows(inputs, [result('phone-12mp', 1, 3)], 2);
    expect(row).toMatchObject({ peakRssMiB: 350.2, addedMiB: 259.8, keptMiB: 249.7, outputKiB: 1377, pipelines: 1 });
  });
});

describe('other load on the machine', () => {
  it('is the busy share of all cores less the cores of the scenario itself', () => {
    expect(otherCores({ nodeCores: 1.1, machineBusyPercent: 80 }, 2)).toBe(0.5);
    // The two are sampled separately: a scenario may seem to use more than the whole machine did.
    expect(otherCores({ nodeCores: 1.98, machineBusyPercent: 97 }, 2)).toBe(0);
  });
});

describe('formatting', () => {
  it('names the malloc setting only where the scenario set one', () => {
    expect(scenarioLabel('48 MP phone JPEG', null)).toBe('48 MP phone JPEG');
    expect(scenarioLabel('48 MP phone JPEG', 2)).toBe('48 MP phone JPEG · MALLOC_ARENA_MAX=2');
  });

  it('writes the results as a Markdown table: a header, an alignment line and one line per row', () => {
    const lines = markdownTable(summaryRows(inputs, [result('phone-12mp', 1, 3), result('phone-12mp', 2, 5.4)], 2)).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^\| --- \| ---: \|/);
    expect(lines[3]).toBe('| 12 MP phone JPEG | 2 | 40 | 5.40 | ×1.80 | 290 | 410 | 430 | 1,377 | 350 | 260 | 250 | 2 | 0.20 |');
  });

  it('lists the inputs with their pixels and upload size, the description left-aligned', () => {
    const lines = inputsTable(inputs.slice(0, 1)).split('\n');
    expect(lines[1]).toBe('| --- | --- | ---: | ---: |');
    expect(lines[2]).toBe('| 12 MP phone JPEG | 12 MP phone JPEG, generated | 12.2 MP | 4.59 MiB |');
  });
});
