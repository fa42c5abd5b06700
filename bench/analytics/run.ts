import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Client } from 'pg';
import { abortOnInterrupt } from '../shared/interrupt';
import { BenchConfigError } from '../store/config';
import { collectMachineFacts, type MachineFacts } from '../store/machine';
import { API_ENTRY, type RunningApi, ensureBuilt, startApi } from './api-process';
import { chartSubtitle, renderLatencyChart } from './chart';
import { type AnalyticsBenchConfig, readAnalyticsConfig } from './config';
import { type AnalyticsBenchDatabase, openAnalyticsBenchDatabase } from './database';
import { type ExplainedScenario, explainScenarios } from './explain';
import { type LoadResult, type Target, probe, runLoad } from './load';
import { parentPid } from './process-cpu';
import { type ScenarioContext, type ScenarioId, scenarios } from './scenarios';
import { type DataSet, BENCH_REGION, seedRegion } from './seed';
import { benchDeputyId } from './seed-deputies';
import { formatTable, type SummaryRow, summaryRows } from './summary';

/** Everything one run wrote to `bench/results/analytics-<date>.json`. */
export type AnalyticsBenchResults = Readonly<{
  benchmark: 'ratings-analytics';
  startedAt: string;
  finishedAt: string;
  settings: Omit<AnalyticsBenchConfig, 'databaseUrl' | 'build'> & Readonly<{ maxSeconds: number; apiDatabasePoolSize: number }>;
  /** The code measured: the commit and the files of the API and its libraries changed on top of it when the run began, and when dist was built. */
  code: Readonly<{ commit: string | null; uncommitted: readonly string[]; builtAt: string }>;
  machine: MachineFacts & Readonly<{ postgresQuerySettings: Readonly<Record<string, string>>; loadAverageAtStart: readonly number[] }>;
  dataSet: DataSet;
  operations: ReadonlyArray<Readonly<{ scenario: ScenarioId; label: string; operation: string }>>;
  scenarios: readonly LoadResult[];
  failedScenarios: ReadonlyArray<Readonly<{ scenario: ScenarioId; error: string }>>;
  summary: readonly SummaryRow[];
  explain: readonly ExplainedScenario[];
  explainError: string | null;
}>;

// Run from the sources by tsx; results and docs live in the source tree.
const ROOT = resolve(__dirname, '..', '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const CHART_FILE = join(ROOT, 'docs', 'img', 'bench-analytics.svg');
/** The API's DB_POOL_SIZE default, which the run leaves as it is. */
const API_POOL_SIZE = 10;
const LOGIN = 'analyst1';
/** Cores used by other processes during a scenario above which its numbers are flagged as disturbed. */
const OTHER_CPU_WARNING = 0.25;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const config = readAnalyticsConfig(process.env);
  const interrupted = abortOnInterrupt('stopping the load, the API and PostgreSQL', log);

  const startedAt = new Date();
  // What is measured is what is built now: later commits during the run do not count.
  const code = codeVersion();
  await ensureBuilt(ROOT, config.build, log);
  const builtAt = statSync(join(ROOT, API_ENTRY)).mtime.toISOString();
  if (interrupted.aborted) return 130;
  const database = await openAnalyticsBenchDatabase(config.databaseUrl, log);
  let api: RunningApi | undefined;
  try {
    if (interrupted.aborted) return 130;
    const started = Date.now();
    api = await startApi(ROOT, database.url, log);
    log(`API ready at ${api.base} in ${((Date.now() - started) / 1000).toFixed(1)} s (migrations and registry reference data done)`);
    const results = await runBenchmark(config, database, api, startedAt, { ...code, builtAt }, interrupted);
    if (!results) return 130;
    await publish(results);
    return results.failedScenarios.length > 0 || results.scenarios.some((scenario) => scenario.errors > 0) ? 1 : 0;
  } finally {
    await api?.stop();
    await database.release();
  }
}

async function runBenchmark(
  config: AnalyticsBenchConfig,
  database: AnalyticsBenchDatabase,
  api: RunningApi,
  startedAt: Date,
  code: AnalyticsBenchResults['code'],
  signal: AbortSignal,
): Promise<AnalyticsBenchResults | undefined> {
  const loadAverageAtStart = loadavg().map((value) => Math.round(value * 100) / 100);
  const machine = await collectMachineFacts(database.url, database.source);
  const postgresQuerySettings = await querySettings(database.url);
  log(
    `${machine.postgres.version.split(' on ')[0]}; ${machine.cpuModel} × ${machine.cores}; ${machine.memoryGiB} GiB; load average ${loadAverageAtStart.join(' ')}`,
  );

  const dataSet = await seedRegion(database.url, {
    appeals: config.appeals,
    deputies: config.deputies,
    peakWeek: config.peakWeek,
    now: new Date(),
    signal,
    log,
  });
  if (!dataSet || signal.aborted) return undefined;
  log(
    `data set: ${dataSet.facts.appeals.toLocaleString('en-US')} appeals of ${dataSet.facts.distinctVoters.toLocaleString('en-US')} voters from ${dataSet.from} to ${dataSet.to}, ` +
      `${dataSet.rows.rating_cases.toLocaleString('en-US')} cases, ${dataSet.rows.rating_feedback.toLocaleString('en-US')} feedback; busiest week ${dataSet.plan.peakWeek.toLocaleString('en-US')} appeals`,
  );

  const context: ScenarioContext = {
    region: BENCH_REGION,
    deputyIds: Array.from({ length: config.deputies }, (_, index) => benchDeputyId(index)),
    from: dataSet.from,
    to: dataSet.to,
    pastDates: datesBetween(dataSet.from, dataSet.to).slice(0, -1),
    deputies: config.deputies,
  };
  const target: Target = {
    endpoint: `${api.base}/graphql`,
    token: await api.token(LOGIN),
    apiPid: api.pid,
    postgresPid: await postmasterPid(database.url),
  };
  if (target.postgresPid === null) log('PostgreSQL runs where its CPU cannot be read (/proc): the CPU split will miss it');

  const all = scenarios(context).filter((scenario) => config.scenarios.includes(scenario.id));
  const limits = {
    seconds: config.seconds,
    warmupSeconds: config.warmupSeconds,
    maxRequests: config.maxRequests,
    minRequests: config.minRequests,
    maxSeconds: config.seconds * 4,
    timeoutMs: config.requestTimeoutSeconds * 1000,
    signal,
  };
  const loads: LoadResult[] = [];
  const failed: Array<{ scenario: ScenarioId; error: string }> = [];
  for (const scenario of all) {
    const problem = await probe(target, scenario, limits.timeoutMs);
    if (problem) {
      log(`${scenario.label}: the first request failed, scenario skipped: ${problem}`);
      failed.push({ scenario: scenario.id, error: problem });
      continue;
    }
    for (const clients of [1, config.clients]) {
      const result = await runLoad(target, scenario, clients, limits);
      if (signal.aborted) return undefined;
      loads.push(result);
      const { latencyMs: l, cpu } = result;
      log(
        `${result.label}, ${clients} client${clients > 1 ? 's' : ''}: ${result.requests} requests (${result.errors} errors) in ${result.seconds.toFixed(1)} s, ` +
          `${result.requestsPerSecond} req/s; p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms, max ${l.max} ms; ${result.responseKiB} KiB/answer; ` +
          `CPU cores: API ${cpu.api ?? '?'}, PostgreSQL ${cpu.postgres ?? '?'}, bench ${cpu.bench}, other ${cpu.other ?? '?'}` +
          (result.stoppedBy === 'time' ? '' : ` (stopped by: ${result.stoppedBy})`),
      );
      for (const sample of result.errorSamples) log(`  ${sample.count} × ${sample.message}`);
      if ((cpu.other ?? 0) > OTHER_CPU_WARNING)
        log(`  warning: other processes used ${cpu.other} cores meanwhile: these numbers are disturbed`);
    }
  }

  let explain: ExplainedScenario[] = [];
  let explainError: string | null = null;
  if (config.explain && !signal.aborted) {
    log('EXPLAIN ANALYZE of one request of each scenario, through the same library calls as the API…');
    try {
      explain = await explainScenarios(
        ROOT,
        database.url,
        context,
        all.filter((scenario) => !failed.some((f) => f.scenario === scenario.id)).map((scenario) => scenario.id),
      );
    } catch (error) {
      // The load results stand on their own: a library change that breaks the explaining adapter must not lose them.
      explainError = error instanceof Error ? error.message : String(error);
      log(`EXPLAIN phase failed, results kept without it: ${explainError}`);
    }
    for (const item of explain) {
      const [slowest] = item.kinds;
      log(
        `${item.scenario}: ${item.statements} statements, SQL ${item.sqlMs} ms of a ${item.callMs} ms call; slowest: ${slowest?.statement ?? '-'} ` +
          `(${slowest?.runs ?? 0} × ${slowest ? Math.round(slowest.executionMs / slowest.runs) : 0} ms, temp ${slowest?.tempWrittenMiB ?? 0} MiB): ` +
          (slowest?.topNodes.map((node) => `${node.node} ${node.exclusiveMs} ms`).join('; ') ?? ''),
      );
    }
  }

  return {
    benchmark: 'ratings-analytics',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    settings: {
      seconds: config.seconds,
      warmupSeconds: config.warmupSeconds,
      maxRequests: config.maxRequests,
      minRequests: config.minRequests,
      maxSeconds: limits.maxSeconds,
      clients: config.clients,
      appeals: config.appeals,
      deputies: config.deputies,
      peakWeek: config.peakWeek,
      requestTimeoutSeconds: config.requestTimeoutSeconds,
      explain: config.explain,
      scenarios: config.scenarios,
      apiDatabasePoolSize: API_POOL_SIZE,
    },
    code,
    machine: { ...machine, postgresQuerySettings, loadAverageAtStart },
    dataSet,
    operations: all.map((scenario) => ({ scenario: scenario.id, label: scenario.label, operation: scenario.operation })),
    scenarios: loads,
    failedScenarios: failed,
    summary: summaryRows(loads),
    explain,
    explainError,
  };
}

/** Settings that decide query plans and their speed, left at the server's defaults by the run. */
async function querySettings(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; setting: string }>(
      `select name, current_setting(name) as setting from pg_settings
        where name in ('work_mem', 'jit', 'jit_above_cost', 'max_parallel_workers_per_gather', 'effective_cache_size', 'random_page_cost', 'max_connections')
       union all select 'collation', datcollate from pg_database where datname = current_database()`,
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
  } finally {
    await client.end();
  }
}

/** The postmaster, whose backends serve the API: the parent of a backend. Null when PostgreSQL is not visible in /proc. */
async function postmasterPid(url: string): Promise<number | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    return parentPid(rows[0].pid);
  } finally {
    await client.end();
  }
}

function codeVersion(): Omit<AnalyticsBenchResults['code'], 'builtAt'> {
  const git = (...args: string[]): string | null => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\n$/, '');
    } catch {
      return null;
    }
  };
  const status = git('status', '--porcelain', '--', 'apps/api/src', 'libs', ':(exclude)libs/ui');
  return { commit: git('rev-parse', 'HEAD'), uncommitted: status ? status.split('\n').map((line) => line.slice(3)) : [] };
}

function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += 86_400_000)
    dates.push(new Date(day).toISOString().slice(0, 10));
  return dates;
}

async function publish(results: AnalyticsBenchResults): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await mkdir(join(ROOT, 'docs', 'img'), { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  // Colons are not allowed in file names everywhere, so the ISO time uses dashes.
  const file = join(RESULTS_DIR, `analytics-${results.startedAt.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}.json`);
  await writeFile(file, json);
  await writeFile(join(RESULTS_DIR, 'analytics-latest.json'), json);

  const svg = await renderLatencyChart({
    title: 'Ratings and analytics over GraphQL — npm run bench:analytics',
    subtitle: chartSubtitle(results),
    rows: results.summary,
  });
  await writeFile(CHART_FILE, svg);
  process.stdout.write(`\n${formatTable(results.summary)}\n\n`);
  for (const failed of results.failedScenarios) process.stdout.write(`skipped ${failed.scenario}: ${failed.error}\n`);
  log(`results: ${relative(ROOT, file)} (and analytics-latest.json); chart: ${relative(ROOT, CHART_FILE)}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof BenchConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
