import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { PostgresEventStore } from '../../libs/event-store/src/postgres/postgres-event-store';
import { abortOnInterrupt } from '../shared/interrupt';
import { renderStoreChart } from './chart';
import { BenchConfigError, readConfig, type StoreBenchConfig } from './config';
import { type BenchDatabase, openBenchDatabase } from './database';
import { answerEvent, eventBytes } from './event-payload';
import { collectMachineFacts, type MachineFacts } from './machine';
import { formatCount } from './progress';
import { walFlushes } from './wal-stats';
import {
  type AppendScenarioResult,
  EVENTS_PER_STREAM,
  READ_BATCH,
  type ReadScenarioResult,
  runAppendScenario,
  runReadAllScenario,
  runSubscribeScenario,
} from './scenarios';

/** Everything one run wrote to `bench/results/store-<date>.json`. */
export type StoreBenchResults = Readonly<{
  benchmark: 'event-store';
  startedAt: string;
  finishedAt: string;
  settings: Readonly<{
    seconds: number;
    warmupSeconds: number;
    maxEventsPerScenario: number;
    eventBytes: number;
    eventsPerStream: number;
    readBatch: number;
  }>;
  machine: MachineFacts;
  scenarios: ReadonlyArray<AppendRecord | ReadScenarioResult>;
}>;

/** An append scenario with what PostgreSQL did for it: WAL flushes, counted warm-up included (null before PostgreSQL 18). */
export type AppendRecord = AppendScenarioResult & Readonly<{ walFlushes: number | null; appendsPerWalFlush: number | null }>;

// Run from the sources by tsx (npm run bench:store); results and docs live in the source tree.
const ROOT = resolve(__dirname, '..', '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');
const CHART_FILE = join(ROOT, 'docs', 'img', 'bench-store.svg');

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const config = readConfig(process.env);
  const interrupted = abortOnInterrupt('stopping the writers and PostgreSQL', log);

  const startedAt = new Date();
  const database = await openBenchDatabase(config.databaseUrl, log);
  try {
    if (interrupted.aborted) return 130;
    const results = await runScenarios(config, database, startedAt, interrupted);
    if (!results) return 130;
    await publish(results);
    return 0;
  } finally {
    await database.release();
  }
}

async function runScenarios(
  config: StoreBenchConfig,
  database: BenchDatabase,
  startedAt: Date,
  signal: AbortSignal,
): Promise<StoreBenchResults | undefined> {
  const machine = await collectMachineFacts(database.url, database.source);
  if (machine.postgres.synchronousCommit !== 'on' || machine.postgres.fsync !== 'on') {
    log(
      `warning: synchronous_commit=${machine.postgres.synchronousCommit}, fsync=${machine.postgres.fsync}: appends are not durable, numbers are not comparable`,
    );
  }
  log(
    `${machine.postgres.version.split(' on ')[0]}, synchronous_commit=${machine.postgres.synchronousCommit}; ${machine.cpuModel} × ${machine.cores}; ` +
      `fdatasync p50 ${machine.fdatasyncMs.p50} ms`,
  );

  const scenarios: Array<AppendRecord | ReadScenarioResult> = [];
  const limits = { seconds: config.seconds, maxEvents: config.maxEvents, signal };
  const openStore = (poolSize: number): Promise<PostgresEventStore> =>
    PostgresEventStore.create({ connectionString: database.url, schema: database.schema, poolSize });

  const appendScenarios = [
    { id: 'A', name: '1 writer', writers: 1, warmupSeconds: config.warmupSeconds },
    { id: 'B', name: `${config.writers} writers`, writers: config.writers, warmupSeconds: config.warmupSeconds },
  ];
  for (const scenario of appendScenarios) {
    const flushesBefore = await walFlushes(database.url);
    // A store per scenario: closing its pool ends the backends, which is when they report their WAL flushes.
    const store = await openStore(scenario.writers);
    let result: AppendScenarioResult;
    try {
      result = await runAppendScenario(store, scenario, limits);
    } finally {
      await store.close();
    }
    if (signal.aborted) return undefined;
    const flushesAfter = await walFlushes(database.url);
    const flushes = flushesBefore === null || flushesAfter === null ? null : flushesAfter - flushesBefore;
    const appends = result.events + result.warmupEvents;
    scenarios.push({ ...result, walFlushes: flushes, appendsPerWalFlush: flushes ? Math.round((appends / flushes) * 100) / 100 : null });
    log(
      `${result.id} ${result.name}: ${formatCount(result.eventsPerSecond)} events/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, ` +
        `p99 ${result.latencyMs.p99} ms; ${formatCount(appends)} appends in ${flushes === null ? '?' : formatCount(flushes)} WAL flushes; ` +
        `Node ${result.cpu.nodeCores} cores, machine ${result.cpu.machineBusyPercent} % busy`,
    );
  }

  const store = await openStore(2);
  try {
    // The reads cover the whole log: the appends of A and B, warm-ups included.
    const total = await countEvents(store);
    for (const read of [runReadAllScenario, runSubscribeScenario]) {
      const result = await read(store, 'C', total, limits);
      if (signal.aborted) return undefined;
      scenarios.push(result);
      log(
        `${result.id} ${result.name}: ${formatCount(result.events)} events in ${result.passes} passes, ${result.seconds} s, ` +
          `${formatCount(result.eventsPerSecond)} events/s${result.caughtUp ? '' : ' (stopped at the limit)'}`,
      );
    }
  } finally {
    await store.close();
  }
  return {
    benchmark: 'event-store',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    settings: {
      seconds: config.seconds,
      warmupSeconds: config.warmupSeconds,
      maxEventsPerScenario: config.maxEvents,
      eventBytes: eventBytes(answerEvent('00000000-0000-4000-8000-000000000000', 0)),
      eventsPerStream: EVENTS_PER_STREAM,
      readBatch: READ_BATCH,
    },
    machine,
    scenarios,
  };
}

async function countEvents(store: PostgresEventStore): Promise<number> {
  return store.withClient(async (client) => {
    const { rows } = await client.query<{ count: string }>(`select count(*) as count from ${store.schemaName}.events`);
    return Number(rows[0].count);
  });
}

async function publish(results: StoreBenchResults): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await mkdir(join(ROOT, 'docs', 'img'), { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  // Colons are not allowed in file names everywhere, so the ISO time uses dashes.
  const file = join(RESULTS_DIR, `store-${results.startedAt.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}.json`);
  await writeFile(file, json);
  await writeFile(join(RESULTS_DIR, 'store-latest.json'), json);

  const { machine } = results;
  const svg = await renderStoreChart({
    title: 'Event store on PostgreSQL — npm run bench:store',
    subtitle: `${machine.postgres.version.split(' on ')[0]}, synchronous_commit=${machine.postgres.synchronousCommit}; ${machine.cpuModel} × ${machine.cores} cores; Node ${machine.node}; ${results.startedAt.slice(0, 10)}; ${results.settings.seconds} s per append scenario, ${results.settings.eventBytes}-byte events`,
    appends: results.scenarios.filter((scenario): scenario is AppendRecord => scenario.kind === 'append'),
    reads: results.scenarios.filter((scenario): scenario is ReadScenarioResult => scenario.kind === 'read'),
  });
  await writeFile(CHART_FILE, svg);
  log(`results: ${relative(ROOT, file)} (and store-latest.json); chart: ${relative(ROOT, CHART_FILE)}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof BenchConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
