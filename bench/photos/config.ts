import { BenchConfigError, readNumber } from '../store/config';

/** Settings of one `npm run bench:photos` run, read from the environment once. */
export type PhotosBenchConfig = Readonly<{
  /** Measured time of each scenario (an input at one concurrency), unless it needs longer for `minRuns`. */
  seconds: number;
  /** A scenario goes on until it has this many measured photos, but never past 4 × `seconds`. */
  minRuns: number;
  /** No more measured photos are started after this many. */
  maxRuns: number;
  /** Unmeasured photos first, at the scenario's concurrency (at least one per concurrent caller). */
  warmupRuns: number;
  /** Simultaneous `preparePhoto` calls of the concurrency scenarios (1 is also the latency scenario). */
  concurrency: readonly number[];
  /** The 48 MP scenarios again with this MALLOC_ARENA_MAX (glibc's malloc arenas); null skips them. */
  mallocArenaMax: number | null;
}>;

export function readPhotosConfig(env: NodeJS.ProcessEnv): PhotosBenchConfig {
  const problems: string[] = [];
  const seconds = readNumber(env, 'BENCH_SECONDS', 6, 1, 600, problems);
  const minRuns = readNumber(env, 'BENCH_MIN_RUNS', 10, 1, 10_000, problems);
  const maxRuns = readNumber(env, 'BENCH_MAX_RUNS', 300, 1, 100_000, problems);
  const warmupRuns = readNumber(env, 'BENCH_WARMUP_RUNS', 2, 0, 100, problems);
  const concurrency = readConcurrency(env.BENCH_CONCURRENCY, problems);
  const mallocArenaMax = readNumber(env, 'BENCH_MALLOC_ARENA_MAX', 2, 0, 64, problems);
  if (minRuns > maxRuns) problems.push(`BENCH_MIN_RUNS (${minRuns}) must not exceed BENCH_MAX_RUNS (${maxRuns})`);
  if (problems.length > 0) throw new BenchConfigError(`bench:photos configuration:\n  - ${problems.join('\n  - ')}`);
  return {
    seconds,
    minRuns: Math.floor(minRuns),
    maxRuns: Math.floor(maxRuns),
    warmupRuns: Math.floor(warmupRuns),
    concurrency,
    mallocArenaMax: Math.floor(mallocArenaMax) || null,
  };
}

function readConcurrency(text: string | undefined, problems: string[]): readonly number[] {
  const wanted =
    text
      ?.split(',')
      .map((item) => item.trim())
      .filter(Boolean) ?? [];
  if (wanted.length === 0) return [1, 2, 4, 8];
  const levels = wanted.map(Number);
  if (levels.some((level) => !Number.isInteger(level) || level < 1 || level > 64)) {
    problems.push(`BENCH_CONCURRENCY must be whole numbers from 1 to 64 separated by commas, got "${text}"`);
    return [1, 2, 4, 8];
  }
  // 1 is always measured: it is the latency of a lone upload and the baseline of the others.
  return [...new Set([1, ...levels])].sort((a, b) => a - b);
}
