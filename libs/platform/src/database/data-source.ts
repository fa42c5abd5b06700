import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';

/** A TypeORM migration class, as the read models list them. */
export type MigrationClass = new () => MigrationInterface;

export type ReadModelDatabaseOptions = Readonly<{
  url: string;
  poolSize?: number;
  migrations?: readonly MigrationClass[];
}>;

/** The TypeORM settings of the read-model database, shared by the Nest apps and scripts or tests. */
export function readModelDataSourceOptions(options: ReadModelDatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: [],
    migrations: [...(options.migrations ?? [])],
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
