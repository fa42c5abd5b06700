import { appendFileSync, mkdtempSync } from 'node:fs';
import { freePort } from '../../libs/platform/src/database/free-port';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningPostgres, startEmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres';

declare global {
  var __TEST_POSTGRES__: RunningPostgres | undefined;
}

/**
 * Starts one embedded PostgreSQL for the whole run; each test file makes its own database in it.
 * With TEST_DATABASE_URL set (a role allowed to create databases), that server is used instead.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const started = Date.now();
  const postgres = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'appeals-test-')),
    port: await freePort(),
    persistent: false,
    log: process.env.TEST_POSTGRES_LOG ? (line) => appendFileSync(process.env.TEST_POSTGRES_LOG!, `${line}\n`) : undefined,
  });
  globalThis.__TEST_POSTGRES__ = postgres;
  process.env.TEST_DATABASE_URL = postgres.url('postgres');
  process.stdout.write(`\nembedded PostgreSQL for tests on port ${postgres.port} (started in ${Date.now() - started} ms)\n`);
}
