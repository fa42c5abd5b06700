import { PostgresEventStore } from '@app/event-store';
import { type MigrationClass, openReadModelDatabase } from '@app/platform/database/data-source';
import { type Projection, ProjectionCheckpoints1763900000000, ProjectionRunner } from '@app/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './database';

/** A fresh database with the event store, the read models' migrations and a running projection runner. */
export type ReadModelHarness = Readonly<{
  database: TestDatabase;
  store: PostgresEventStore;
  dataSource: DataSource;
  runner: ProjectionRunner;
  close(): Promise<void>;
}>;

export async function openReadModelHarness(
  label: string,
  options: { migrations: MigrationClass[]; projections: Projection[] },
): Promise<ReadModelHarness> {
  const database = await createTestDatabase(label);
  const store = await PostgresEventStore.create({ connectionString: database.url });
  const dataSource = await openReadModelDatabase({
    url: database.url,
    migrations: [ProjectionCheckpoints1763900000000, ...options.migrations],
  });
  const runner = new ProjectionRunner(dataSource, store, options.projections);
  await runner.start();
  return {
    database,
    store,
    dataSource,
    runner,
    async close() {
      await runner.stop();
      await dataSource.destroy();
      await store.close();
      await database.drop();
    },
  };
}
