import { randomBytes } from 'node:crypto';
import { ensureDatabase } from '../../libs/platform/src/database/embedded-postgres';
import { runSql, startBenchPostgres } from '../store/database';

export type AnalyticsBenchDatabase = Readonly<{
  /** The database the API migrates and the run seeds: new for this run. */
  url: string;
  /** Where the server came from, for the results (never the URL: it holds a password). */
  source: 'embedded' | 'DATABASE_URL';
  /** Drops the run's database (external server) or stops and deletes the embedded cluster. */
  release(): Promise<void>;
}>;

/**
 * A fresh database for the API's read models and event log: a throwaway embedded PostgreSQL, or a new
 * `bench_analytics_<random>` database on the server of DATABASE_URL (its role needs CREATEDB). A database
 * rather than a schema, because the API keeps its read models in `public`.
 */
export async function openAnalyticsBenchDatabase(
  databaseUrl: string | undefined,
  log: (line: string) => void,
): Promise<AnalyticsBenchDatabase> {
  if (!databaseUrl) {
    const postgres = await startBenchPostgres(log);
    try {
      await ensureDatabase(postgres.url('postgres'), 'bench_analytics');
    } catch (error) {
      await postgres.stop();
      throw error;
    }
    return { url: postgres.url('bench_analytics'), source: 'embedded', release: () => postgres.stop() };
  }
  const name = `bench_analytics_${randomBytes(4).toString('hex')}`;
  try {
    await runSql(databaseUrl, `create database ${name}`);
  } catch (error) {
    throw new Error(
      `Cannot create the database ${name} on the server of DATABASE_URL (its role needs CREATEDB): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  log(`database ${name} created on ${url.host}`);
  return {
    url: url.toString(),
    source: 'DATABASE_URL',
    // "with (force)" ends the API's connections should it still hold any (PostgreSQL 13+).
    release: () => runSql(databaseUrl, `drop database if exists ${name} with (force)`),
  };
}
