import { BenchConfigError, readLoopbackDatabaseUrl, readNumber } from '../store/config';
import { SCENARIO_IDS, type ScenarioId } from './scenarios';

/** Settings of one `npm run bench:analytics` run, read from the environment once. */
export type AnalyticsBenchConfig = Readonly<{
  /** Measured duration of each scenario at each concurrency. */
  seconds: number;
  /** Unmeasured requests before each measurement, at the same concurrency. */
  warmupSeconds: number;
  /** Hard cap on the measured requests of one scenario at one concurrency, whatever the duration. */
  maxRequests: number;
  /** The concurrent clients of the loaded runs; every scenario also runs with 1 client as a baseline. */
  clients: number;
  /** Appeals seeded into region 77 over the last 365 days. */
  appeals: number;
  /** Bench deputies registered in region 77. */
  deputies: number;
  /** The highest 7-day appeal count of the seasonal curve. */
  peakWeek: number;
  /** A scenario too slow for this many measured requests in `seconds` goes on until it has them, up to 4 × `seconds`. */
  minRequests: number;
  /** Per-request time limit: a slower answer counts as an error. */
  requestTimeoutSeconds: number;
  /** Whether to run each scenario's SQL once under EXPLAIN ANALYZE after the load. */
  explain: boolean;
  /** The scenarios to run (all by default). */
  scenarios: readonly ScenarioId[];
  /** `auto`: build the API when dist is missing or older than the sources; `always`; `never`. */
  build: 'auto' | 'always' | 'never';
  /** An existing server to use instead of the embedded one (loopback only). */
  databaseUrl: string | undefined;
}>;

export function readAnalyticsConfig(env: NodeJS.ProcessEnv): AnalyticsBenchConfig {
  const problems: string[] = [];
  const seconds = readNumber(env, 'BENCH_SECONDS', 20, 1, 600, problems);
  const warmupSeconds = readNumber(env, 'BENCH_WARMUP_SECONDS', 3, 0, 60, problems);
  const maxRequests = readNumber(env, 'BENCH_MAX_REQUESTS', 20_000, 1, 1_000_000, problems);
  const clients = readNumber(env, 'BENCH_CLIENTS', 8, 2, 64, problems);
  const appeals = readNumber(env, 'BENCH_APPEALS', 200_000, 1_000, 5_000_000, problems);
  const deputies = readNumber(env, 'BENCH_DEPUTIES', 300, 20, 5_000, problems);
  const peakWeek = readNumber(env, 'BENCH_PEAK_WEEK', Math.round((appeals / 200_000) * 10_000), 1, 1_000_000, problems);
  const minRequests = readNumber(env, 'BENCH_MIN_REQUESTS', 20, 0, 10_000, problems);
  const requestTimeoutSeconds = readNumber(env, 'BENCH_REQUEST_TIMEOUT_SECONDS', 60, 1, 600, problems);
  const explain = env.BENCH_EXPLAIN?.trim() || '1';
  if (explain !== '0' && explain !== '1') problems.push(`BENCH_EXPLAIN must be 0 or 1, got "${explain}"`);
  const averageWeek = (appeals * 7) / 365;
  if (peakWeek < averageWeek * 1.05 || peakWeek > averageWeek * 4) {
    problems.push(
      `BENCH_PEAK_WEEK must be between 1.05 and 4 times the average week (${Math.round(averageWeek)} appeals), got ${peakWeek}`,
    );
  }
  const build = env.BENCH_BUILD?.trim() || 'auto';
  if (build !== 'auto' && build !== 'always' && build !== 'never')
    problems.push(`BENCH_BUILD must be auto, always or never, got "${build}"`);
  const scenarios = readScenarios(env.BENCH_SCENARIOS, problems);
  const databaseUrl = readLoopbackDatabaseUrl(env, problems);
  if (problems.length > 0) throw new BenchConfigError(`bench:analytics configuration:\n  - ${problems.join('\n  - ')}`);
  return {
    seconds,
    warmupSeconds,
    maxRequests: Math.floor(maxRequests),
    clients: Math.floor(clients),
    appeals: Math.floor(appeals),
    deputies: Math.floor(deputies),
    peakWeek: Math.floor(peakWeek),
    minRequests: Math.floor(minRequests),
    requestTimeoutSeconds,
    explain: explain === '1',
    scenarios,
    build: build as AnalyticsBenchConfig['build'],
    databaseUrl,
  };
}

function readScenarios(text: string | undefined, problems: string[]): readonly ScenarioId[] {
  const wanted =
    text
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean) ?? [];
  if (wanted.length === 0) return SCENARIO_IDS;
  const unknown = wanted.filter((id) => !(SCENARIO_IDS as readonly string[]).includes(id));
  if (unknown.length > 0) problems.push(`BENCH_SCENARIOS: unknown ${unknown.join(', ')}; known: ${SCENARIO_IDS.join(', ')}`);
  return SCENARIO_IDS.filter((id) => wanted.includes(id));
}
