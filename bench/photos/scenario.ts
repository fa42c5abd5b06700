import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { CpuUsage } from '../store/cpu-usage';
import type { LatencySummary } from '../store/latency';
import type { InputId } from './inputs';
import type { MemoryPeak } from './memory';

/** One input at one concurrency, measured in a process of its own (see `runScenario`). */
export type ScenarioTask = Readonly<{
  input: InputId;
  label: string;
  /** The upload's bytes, written by the run to a temp file. */
  file: string;
  concurrency: number;
  /** MALLOC_ARENA_MAX of the scenario's process; null: as this process has it. */
  mallocArenaMax: number | null;
  seconds: number;
  minRuns: number;
  maxRuns: number;
  warmupRuns: number;
}>;

export type ScenarioResult = Readonly<{
  input: InputId;
  concurrency: number;
  /** MALLOC_ARENA_MAX in the scenario's process (null: unset, glibc's default of 8 arenas a core). */
  mallocArenaMax: number | null;
  /** libvips threads a pipeline there: sharp lowers its default to 1 on glibc, unless MALLOC_ARENA_MAX is set. */
  sharpConcurrency: number;
  /** Unmeasured photos first, at the same concurrency. */
  warmupRuns: number;
  /** Measured photos. */
  photos: number;
  seconds: number;
  photosPerSecond: number;
  /** Each `preparePhoto` call from its start to its result, waits for a free thread included. */
  latencyMs: LatencySummary;
  /** The stored copy (the same for every call). */
  output: Readonly<{ bytes: number; width: number; height: number }>;
  /** Over the whole scenario, warm-up included. */
  memory: MemoryPeak;
  /** The most sharp pipelines at work at once, and waiting for a thread (`sharp.counters()`, sampled). */
  pipelines: Readonly<{ maxActive: number; maxQueued: number }>;
  /** Over the measured part. */
  cpu: CpuUsage;
  stoppedBy: 'time' | 'maxRuns' | 'maxSeconds';
}>;

export type ScenarioReply = Readonly<{ ok: true; result: ScenarioResult }> | Readonly<{ ok: false; error: string }>;

/**
 * Runs a scenario in a fresh Node process (forked with this one's tsx loader), so that its peak memory is its
 * own: glibc keeps freed memory for reuse, and in one long process a scenario would hide in what the ones
 * before it left behind.
 */
export function runScenario(task: ScenarioTask, signal: AbortSignal): Promise<ScenarioResult> {
  const env = task.mallocArenaMax === null ? process.env : { ...process.env, MALLOC_ARENA_MAX: String(task.mallocArenaMax) };
  const child = fork(join(__dirname, 'scenario-process.ts'), [JSON.stringify(task)], {
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = (): void => void child.kill('SIGTERM');
  signal.addEventListener('abort', stop, { once: true });
  return new Promise<ScenarioResult>((resolve, reject) => {
    let reply: ScenarioReply | undefined;
    child.on('message', (message: ScenarioReply) => (reply = message));
    child.on('error', reject);
    child.on('exit', (code, exitSignal) => {
      signal.removeEventListener('abort', stop);
      if (reply?.ok) resolve(reply.result);
      else reject(new Error(reply?.error ?? `the scenario's process ended (${exitSignal ?? `exit code ${code}`}) without a result`));
    });
  });
}
