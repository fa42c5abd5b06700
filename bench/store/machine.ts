import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type HostFacts, hostFacts } from '../shared/host';
import { LatencyRecorder } from './latency';

export type MachineFacts = HostFacts &
  Readonly<{
    postgres: Readonly<{
      version: string;
      synchronousCommit: string;
      fsync: string;
      walSyncMethod: string;
      sharedBuffers: string;
    }>;
    /** Embedded PostgreSQL started by the run, or the server of DATABASE_URL. */
    server: 'embedded' | 'DATABASE_URL';
    /** Latency of writing 8 KiB and fdatasync in the temp directory: what one durable commit waits for at least. */
    fdatasyncMs: Readonly<{ p50: number; p99: number; samples: number }>;
  }>;

/** What the numbers depend on: recorded with every result so that runs on different machines are not compared blindly. */
export async function collectMachineFacts(databaseUrl: string, server: MachineFacts['server']): Promise<MachineFacts> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const setting = async (name: string): Promise<string> =>
      (await client.query<{ setting: string }>('select current_setting($1) as setting', [name])).rows[0].setting;
    const { rows } = await client.query<{ version: string }>('select version()');
    return {
      ...hostFacts(),
      postgres: {
        version: rows[0].version,
        synchronousCommit: await setting('synchronous_commit'),
        fsync: await setting('fsync'),
        walSyncMethod: await setting('wal_sync_method'),
        sharedBuffers: await setting('shared_buffers'),
      },
      server,
      fdatasyncMs: measureFdatasync(),
    };
  } finally {
    await client.end();
  }
}

/** The disk's flush latency, bounded to 200 flushes or one second. */
function measureFdatasync(): MachineFacts['fdatasyncMs'] {
  const dir = mkdtempSync(join(tmpdir(), 'appeals-bench-fsync-'));
  const fd = openSync(join(dir, 'probe'), 'w');
  const page = Buffer.alloc(8192, 1);
  const latencies = new LatencyRecorder();
  const deadline = performance.now() + 1000;
  try {
    for (let index = 0; index < 200 && performance.now() < deadline; index += 1) {
      const started = performance.now();
      writeSync(fd, page, 0, page.length, index * page.length);
      fdatasyncSync(fd);
      latencies.record(performance.now() - started);
    }
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
  const { p50, p99, samples } = latencies.summary();
  return { p50, p99, samples };
}
