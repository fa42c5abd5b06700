// npm run seed -- --appeals 20000 [--seed 42]: demo deputies, routing and a year of appeals in the event
// store (DATABASE_URL, or the embedded PostgreSQL under DATA_DIR). The API's projector builds the read
// models from them when it starts.
import { parseArgs } from 'node:util';
import { generateDemoData } from '@app/appeals/demo/demo-generator';
import { PostgresEventStore } from '@app/event-store';
import { AlreadyRunningError, ConfigError, ensureDatabase, loadConfig, type RunningPostgres, startEmbeddedPostgres } from '@app/platform';

const USAGE = 'Usage: npm run seed -- --appeals <count> [--seed <integer>]';
const number = (value: string): string => Number(value).toLocaleString('en-US');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { appeals: { type: 'string', default: '20000' }, seed: { type: 'string', default: '42' } } });
  const appeals = Number(values.appeals);
  const seed = Number(values.seed);
  if (!Number.isInteger(appeals) || appeals < 0 || !Number.isInteger(seed)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }

  const config = loadConfig(process.env, 'projector');
  let postgres: RunningPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    postgres = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, persistent: true });
    await ensureDatabase(postgres.url('postgres'), 'appeals');
    url = postgres.url('appeals');
    process.stderr.write(`seed: embedded PostgreSQL on 127.0.0.1:${postgres.port}, data in ${config.dataDir}/postgres\n`);
  }
  const store = await PostgresEventStore.create({ connectionString: url, poolSize: 10 });
  const started = Date.now();
  let appealsStarted = started;
  try {
    const summary = await generateDemoData(store, {
      appeals,
      seed,
      now: new Date(),
      onProgress: (done, total) => {
        if (done === 0) {
          process.stderr.write(`seed: registry ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
          appealsStarted = Date.now();
          return;
        }
        const seconds = Math.max(Date.now() - appealsStarted, 1) / 1000;
        process.stderr.write(
          `seed: ${number(String(done))}/${number(String(total))} appeals (${Math.round((done / Math.max(total, 1)) * 100)}%), ${number(String(Math.round(done / seconds)))} appeals/s\n`,
        );
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const statuses = Object.entries(summary.statuses)
      .sort(([, a], [, b]) => b - a)
      .map(([status, count]) => `${status} ${number(String(count))}`)
      .join(', ');
    process.stdout.write(
      `seed ${seed}: ${summary.deputies} deputies, ${summary.routingRules} routing rules; ` +
        `${number(String(summary.appealsWritten))} appeals written (${number(String(summary.eventsWritten))} events), ` +
        `${number(String(summary.appealsSkipped))} already there; in ${seconds.toFixed(1)} s\n` +
        `statuses: ${statuses}\n` +
        'The read models are built by the projector when the API starts (npm start).\n',
    );
  } finally {
    await store.close();
    await postgres?.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof AlreadyRunningError || error instanceof ConfigError) {
    process.stderr.write(`seed: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
