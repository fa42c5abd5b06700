import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';

export type ReadModelDatabaseOptions = Readonly<{
  url: string;
  poolSize?: number;
  // TypeORM's own type for entity and migration lists.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: MixedList<Function | string>;
}>;

/** The TypeORM settings of the read-model database, shared by the Nest apps and scripts or tests. */
export function readModelDataSourceOptions(options: ReadModelDatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? [],
    migrations: options.migrations ?? [],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    extra: { max: options.poolSize ?? 10 },
    logging: ['error'],
  };
}

/** The read-model database (TypeORM over PostgreSQL), initialised and migrated. */
export async function openReadModelDatabase(options: ReadModelDatabaseOptions): Promise<DataSource> {
  const dataSource = new DataSource(readModelDataSourceOptions(options));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
