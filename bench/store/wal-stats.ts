import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

/**
 * WAL flushes (fsyncs) so far, summed over every PostgreSQL process; `null` before PostgreSQL 18, which is
 * the first to count WAL I/O in pg_stat_io. Appends per flush above 1 is group commit at work.
 */
export async function walFlushes(databaseUrl: string): Promise<number | null> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Backends report their counters when they exit or go idle, at most once a second: wait until they settle.
    let previous: number | null = null;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await client.query('select pg_stat_clear_snapshot()');
      const { rows } = await client.query<{ fsyncs: string | null }>(
        `select sum(fsyncs)::text as fsyncs from pg_stat_io where object = 'wal'`,
      );
      const current = rows[0].fsyncs === null ? null : Number(rows[0].fsyncs);
      if (current === previous) return current;
      previous = current;
      await sleep(600);
    }
    return previous;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}
