import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { freePort } from '../../libs/platform/src/database/free-port';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase, startEmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres';

export type BenchDatabase = Readonly<{
  /** Connection URL of the database the run writes to. */
  url: string;
  /** A schema that did not exist before this run: the event store is created in it. */
  schema: string;
  /** Where the server came from, for the results (never the URL: it holds a password). */
  source: 'embedded' | 'DATABASE_URL';
  /** Drops the run's schema (external server) or stops and deletes the embedded cluster. */
  release(): Promise<void>;
}>;

/** Stopping must not hang a Ctrl-C: PostgreSQL may already be gone (a terminal signals the whole group). */
const STOP_TIMEOUT_MS = 10_000;

/**
 * A fresh place for the run's events: a new schema on the server of DATABASE_URL, or a throwaway embedded
 * PostgreSQL in a temp directory on a free port of 127.0.0.1.
 */
export async function openBenchDatabase(databaseUrl: string | undefined, log: (line: string) => void): Promise<BenchDatabase> {
  const schema = `bench_store_${randomBytes(4).toString('hex')}`;
  if (databaseUrl) {
    return {
      url: databaseUrl,
      schema,
      source: 'DATABASE_URL',
      release: () => runSql(databaseUrl, `drop schema if exists ${schema} cascade`),
    };
  }
  const postgres = await startBenchPostgres(log);
  try {
    await ensureDatabase(postgres.url('postgres'), 'bench_store');
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  return { url: postgres.url('bench_store'), schema, source: 'embedded', release: () => postgres.stop() };
}

/** A throwaway PostgreSQL for one benchmark run. */
export type BenchPostgres = Readonly<{
  /** Connection URL for a database of the cluster (as the superuser). */
  url(database: string): string;
  /** Stops the server (bounded, so that a Ctrl-C never hangs) and deletes its directory. */
  stop(): Promise<void>;
}>;

/** Starts an embedded PostgreSQL in a temp directory on a free port of 127.0.0.1. */
export async function startBenchPostgres(log: (line: string) => void): Promise<BenchPostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'appeals-bench-'));
  const started = Date.now();
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  log(`embedded PostgreSQL on 127.0.0.1:${postgres.port} (started in ${Date.now() - started} ms, data in ${dataDir})`);
  return { url: (database) => postgres.url(database), stop: () => stopEmbedded(postgres.stop, dataDir) };
}

async function stopEmbedded(stop: () => Promise<void>, dataDir: string): Promise<void> {
  // PostgreSQL removes its pid file when it shuts down; without it, stop() would wait for an exit already past.
  if (existsSync(join(dataDir, 'postgres', 'postmaster.pid'))) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, STOP_TIMEOUT_MS);
    });
    await Promise.race([stop(), timeout]).finally(() => clearTimeout(timer));
  }
  await rm(dataDir, { recursive: true, force: true });
}

/** One statement on a connection of its own. */
export async function runSql(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
