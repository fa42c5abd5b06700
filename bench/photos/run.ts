import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { type HostFacts, hostFacts } from '../shared/host';
import { abortOnInterrupt } from '../shared/interrupt';
import { BenchConfigError } from '../store/config';
import { renderPhotosChart } from './chart';
import { type PhotosBenchConfig, readPhotosConfig } from './config';
import { ALLOCATOR_INPUTS, type GeneratedInput, generateInputs, type InputId, MAX_CALLERS, type PhotoInput } from './inputs';
import { runScenario, type ScenarioResult } from './scenario';
import { formatMiB, inputsTable, markdownTable, otherCores, scenarioLabel, type SummaryRow, summaryRows } from './summary';

/** What the photo numbers depend on: the host, and how sharp and libuv share its cores. */
export type PhotosMachine = HostFacts &
  Readonly<{
    loadAverageAtStart: readonly number[];
    /** glibc keeps freed memory in per-thread arenas; sharp uses one libvips thread per pipeline on it. */
    glibc: string | null;
    mallocArenaMax: string | null;
    /** Threads that run sharp's pipelines (and fs, crypto, zlib): at most this many photos decode at once. */
    libuvThreadpoolSize: number;
    sharp: Readonly<{
      version: string;
      libvips: string;
      /** libvips threads per pipeline (`sharp.concurrency()`). */
      concurrency: number;
      /** `sharp.cache()` limits as the photo code leaves them (libvips' operation cache; `photos.ts` turns it off). */
      cache: Readonly<{ memoryMiB: number; files: number; items: number }>;
      simd: boolean;
    }>;
  }>;

/** Everything one run wrote to `bench/results/photos-<date>.json`. */
export type PhotosBenchResults = Readonly<{
  benchmark: 'photo-preparation';
  startedAt: string;
  finishedAt: string;
  /** The code measured: the commit, and whether the photo code had uncommitted changes on top of it. */
  code: Readonly<{ commit: string | null; photosUncommitted: boolean }>;
  settings: PhotosBenchConfig &
    Readonly<{ maxCallers: Readonly<Record<InputId, number>>; allocatorInputs: readonly InputId[]; maxSecondsPerScenario: number }>;
  machine: PhotosMachine;
  inputs: readonly PhotoInput[];
  scenarios: readonly ScenarioResult[];
  failedScenarios: ReadonlyArray<Readonly<{ input: InputId; concurrency: number; mallocArenaMax: number | null; error: string }>>;
  summary: readonly SummaryRow[];
}>;

// Run from the sources by tsx; results and docs live in the source tree.
const ROOT = resolve(__dirname, '..', '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const CHART_FILE = join(ROOT, 'docs', 'img', 'bench-photos.svg');
/** The code under measurement: `preparePhoto` and its rules. */
const PHOTO_CODE = join('libs', 'appeals', 'src', 'attachments', 'photos.ts');
/** Cores used by other processes during a scenario above which its numbers are flagged as disturbed. */
const OTHER_CPU_WARNING = 0.25;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const config = readPhotosConfig(process.env);
  const interrupted = abortOnInterrupt('stopping the scenario', log);

  const startedAt = new Date();
  const machine = machineFacts();
  log(
    `${machine.cpuModel} × ${machine.cores}; ${machine.memoryGiB} GiB; load average ${machine.loadAverageAtStart.join(' ')}; ` +
      `sharp ${machine.sharp.version} (libvips ${machine.sharp.libvips}), ${machine.sharp.concurrency} libvips thread(s) a pipeline, ` +
      `cache ${machine.sharp.cache.memoryMiB} MiB; libuv threadpool ${machine.libuvThreadpoolSize}`,
  );
  const directory = await mkdtemp(join(tmpdir(), 'appeals-bench-photos-'));
  try {
    log('generating the uploads (seeded, the same every run)…');
    const inputs = await generateInputs((input, milliseconds) =>
      log(`  ${input.label}: ${input.width}×${input.height}, ${formatMiB(input.bytes)} MiB (${(milliseconds / 1000).toFixed(1)} s)`),
    );
    const results = await runScenarios(config, machine, inputs, directory, startedAt, interrupted);
    if (!results) return 130;
    await publish(results);
    return results.failedScenarios.length > 0 ? 1 : 0;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function runScenarios(
  config: PhotosBenchConfig,
  machine: PhotosMachine,
  inputs: readonly GeneratedInput[],
  directory: string,
  startedAt: Date,
  signal: AbortSignal,
): Promise<PhotosBenchResults | undefined> {
  const scenarios: ScenarioResult[] = [];
  const failed: Array<{ input: InputId; concurrency: number; mallocArenaMax: number | null; error: string }> = [];
  const { seconds, minRuns, maxRuns, warmupRuns } = config;
  const inheritedArenaMax = Number(process.env.MALLOC_ARENA_MAX) || null;
  const plan = inputs.flatMap(({ input }) => {
    const levels = config.concurrency.filter((concurrency) => concurrency <= MAX_CALLERS[input.id]);
    const allocators = config.mallocArenaMax !== null && ALLOCATOR_INPUTS.includes(input.id) ? [null, config.mallocArenaMax] : [null];
    return allocators.flatMap((mallocArenaMax) => levels.map((concurrency) => ({ input, concurrency, mallocArenaMax })));
  });
  for (const { input, data } of inputs) await writeFile(join(directory, `${input.id}.${input.format}`), data);

  for (const { input, concurrency, mallocArenaMax } of plan) {
    const label = scenarioLabel(input.label, mallocArenaMax ?? inheritedArenaMax);
    const file = join(directory, `${input.id}.${input.format}`);
    let result: ScenarioResult;
    try {
      result = await runScenario(
        { input: input.id, label, file, concurrency, mallocArenaMax, seconds, minRuns, maxRuns, warmupRuns },
        signal,
      );
    } catch (error) {
      if (signal.aborted) return undefined;
      const message = error instanceof Error ? error.message : String(error);
      log(`${label} × ${concurrency}: failed: ${message}`);
      failed.push({ input: input.id, concurrency, mallocArenaMax, error: message });
      continue;
    }
    if (signal.aborted) return undefined;
    scenarios.push(result);
    const { latencyMs: l, memory, cpu } = result;
    log(
      `${label} × ${concurrency}: ${result.photos} photos in ${result.seconds.toFixed(1)} s, ${result.photosPerSecond} photos/s; ` +
        `p50 ${Math.round(l.p50)} ms, p95 ${Math.round(l.p95)} ms; out ${Math.round(result.output.bytes / 1024)} KiB; ` +
        `RSS ${memory.baselineMiB} → peak ${memory.peakMiB} MiB (+${memory.addedMiB}), ${memory.endMiB} MiB after; ` +
        `${result.pipelines.maxActive} pipelines at once (${result.sharpConcurrency} libvips thread(s) each); ` +
        `Node ${cpu.nodeCores} cores, machine ${cpu.machineBusyPercent} % busy` +
        (result.stoppedBy === 'time' ? '' : ` (stopped by: ${result.stoppedBy})`),
    );
    const other = otherCores(cpu, machine.cores);
    if (other > OTHER_CPU_WARNING) log(`  warning: other processes used ${other} cores meanwhile: these numbers are disturbed`);
  }
  const described = inputs.map((generated) => generated.input);
  return {
    benchmark: 'photo-preparation',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    code: codeVersion(),
    settings: { ...config, maxCallers: MAX_CALLERS, allocatorInputs: ALLOCATOR_INPUTS, maxSecondsPerScenario: config.seconds * 4 },
    machine,
    inputs: described,
    scenarios,
    failedScenarios: failed,
    summary: summaryRows(described, scenarios, machine.cores),
  };
}

function codeVersion(): PhotosBenchResults['code'] {
  const git = (...args: string[]): string | null => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  return { commit: git('rev-parse', 'HEAD'), photosUncommitted: Boolean(git('status', '--porcelain', '--', PHOTO_CODE)) };
}

function machineFacts(): PhotosMachine {
  const cache = sharp.cache();
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return {
    ...hostFacts(),
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
    glibc: report?.header?.glibcVersionRuntime ?? null,
    mallocArenaMax: process.env.MALLOC_ARENA_MAX ?? null,
    libuvThreadpoolSize: Number(process.env.UV_THREADPOOL_SIZE) || 4,
    sharp: {
      version: sharp.versions.sharp,
      libvips: sharp.versions.vips,
      concurrency: sharp.concurrency(),
      cache: { memoryMiB: cache.memory.max, files: cache.files.max, items: cache.items.max },
      simd: sharp.simd(),
    },
  };
}

function chartSubtitle(results: PhotosBenchResults): string[] {
  const { machine, settings } = results;
  return [
    `preparePhoto (sharp ${machine.sharp.version}, libvips ${machine.sharp.libvips}: ${machine.sharp.concurrency} thread a pipeline, libuv threadpool ${machine.libuvThreadpoolSize}); ` +
      `${settings.seconds} s per scenario (at least ${settings.minRuns} photos), each in a fresh process; ${results.startedAt.slice(0, 10)}`,
    `${machine.cpuModel} × ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; load average at the start ${machine.loadAverageAtStart.join(' ')}`,
  ];
}

async function publish(results: PhotosBenchResults): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await mkdir(join(ROOT, 'docs', 'img'), { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  // Colons are not allowed in file names everywhere, so the ISO time uses dashes.
  const file = join(RESULTS_DIR, `photos-${results.startedAt.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}.json`);
  await writeFile(file, json);
  await writeFile(join(RESULTS_DIR, 'photos-latest.json'), json);

  const svg = await renderPhotosChart({
    title: 'Preparing uploaded photos — npm run bench:photos',
    subtitle: chartSubtitle(results),
    rows: results.summary,
  });
  await writeFile(CHART_FILE, svg);
  process.stdout.write(`\n${inputsTable(results.inputs)}\n\n${markdownTable(results.summary)}\n\n`);
  for (const failed of results.failedScenarios)
    process.stdout.write(`failed ${scenarioLabel(failed.input, failed.mallocArenaMax)} × ${failed.concurrency}: ${failed.error}\n`);
  log(`results: ${relative(ROOT, file)} (and photos-latest.json); chart: ${relative(ROOT, CHART_FILE)}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof BenchConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
