import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { type AppConfig, ConfigError, loadConfig, type ProcessKind } from '../config/config';
import { AlreadyRunningError, ensureDatabase, startEmbeddedPostgres } from '../database/embedded-postgres';
import type { RuntimeConfig } from '../config/runtime-config';

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Reads the configuration or exits with one line per problem (no stack trace: nothing crashed). */
export function loadConfigOrExit(kind: ProcessKind = 'api'): AppConfig {
  try {
    return loadConfig(process.env, kind);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
    process.exit(78); // EX_CONFIG
  }
}

export function createLogger(config: AppConfig, context: string): ConsoleLogger {
  return new ConsoleLogger(context, { logLevels: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1) });
}

export type Database = Readonly<{ config: RuntimeConfig; stop(): Promise<void> }>;

/** DATABASE_URL if set; otherwise the embedded PostgreSQL under DATA_DIR, started here and stopped by `stop`. */
export async function openDatabase(config: AppConfig, logger: ConsoleLogger): Promise<Database> {
  if (config.databaseUrl) return { config: { ...config, databaseUrl: config.databaseUrl }, stop: async () => undefined };
  const started = Date.now();
  try {
    const postgres = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPostgresPort,
      persistent: true,
      log: (line) => (/\b(FATAL|PANIC|ERROR)\b/.test(line) ? logger.warn(line, 'PostgreSQL') : logger.debug(line, 'PostgreSQL')),
    });
    await ensureDatabase(postgres.url('postgres'), 'appeals');
    logger.log(
      `embedded PostgreSQL on 127.0.0.1:${postgres.port}, data in ${config.dataDir}/postgres (started in ${Date.now() - started} ms)`,
    );
    return { config: { ...config, databaseUrl: postgres.url('appeals') }, stop: () => postgres.stop() };
  } catch (error) {
    if (error instanceof AlreadyRunningError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Runs `shutdown` once on SIGINT or SIGTERM, then exits. A second signal while shutting down exits at once.
 * Nest's own shutdown hooks are not used: they re-raise the signal before PostgreSQL could be stopped.
 */
export function onShutdownSignal(logger: ConsoleLogger, shutdown: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting`);
      process.exit(130);
    }
    stopping = true;
    logger.log(`${signal}: shutting down`);
    shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`shutdown failed: ${error instanceof Error ? error.stack : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
