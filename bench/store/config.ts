/** Settings of one `npm run bench:store` run, read from the environment once. */
export type StoreBenchConfig = Readonly<{
  /** Measured duration of each append scenario, and the time limit of each read scenario. */
  seconds: number;
  /** Unmeasured appends before each append scenario, so connections and JIT are warm. */
  warmupSeconds: number;
  /** Hard cap on the events of one scenario, whatever the duration. */
  maxEvents: number;
  /** Concurrent writers of scenario B. */
  writers: number;
  /** An existing server to use instead of the embedded one (loopback only). */
  databaseUrl: string | undefined;
}>;

/** A wrong setting: reported as its message alone, without a stack. */
export class BenchConfigError extends Error {
  override readonly name = 'BenchConfigError';
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function readConfig(env: NodeJS.ProcessEnv): StoreBenchConfig {
  const problems: string[] = [];
  const seconds = readNumber(env, 'BENCH_SECONDS', 15, 1, 600, problems);
  const maxEvents = readNumber(env, 'BENCH_MAX_EVENTS', 2_000_000, 1, 20_000_000, problems);
  const writers = readNumber(env, 'BENCH_WRITERS', 8, 2, 64, problems);
  const databaseUrl = readLoopbackDatabaseUrl(env, problems);
  if (problems.length > 0) throw new BenchConfigError(`bench:store configuration:\n  - ${problems.join('\n  - ')}`);
  return { seconds, warmupSeconds: 1, maxEvents: Math.floor(maxEvents), writers: Math.floor(writers), databaseUrl };
}

/** DATABASE_URL if set, refused (into `problems`) unless it points at this machine. */
export function readLoopbackDatabaseUrl(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl) {
    let host = '';
    try {
      host = new URL(databaseUrl).hostname;
    } catch {
      problems.push('DATABASE_URL is not a URL (expected postgres://user:password@127.0.0.1:5432/database)');
    }
    // Benchmarks load the server hard: they must never be pointed at a shared or remote one by accident.
    if (host && !LOOPBACK.has(host))
      problems.push(`DATABASE_URL must point at 127.0.0.1 (benchmarks talk only to this machine), got host "${host}"`);
  }
  return databaseUrl;
}

/** A numeric variable within [min, max], or `fallback` when unset; a bad value is added to `problems`. */
export function readNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    problems.push(`${name} must be a number from ${min} to ${max}, got "${text}"`);
    return fallback;
  }
  return value;
}
