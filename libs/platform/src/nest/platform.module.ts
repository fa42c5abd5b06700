import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectionCheckpoints1763900000000 } from '@app/projections';
import { type MigrationClass, readModelDataSourceOptions } from '../database/data-source';
import { EventStoreLifecycle, eventStoreProvider } from './event-store.provider';
import { ProjectorService } from './projector.service';
import type { RuntimeConfig } from '../config/runtime-config';
import { APP_CONFIG, EVENT_STORE } from './tokens';

export type PlatformModuleOptions = Readonly<{
  config: RuntimeConfig;
  /** TypeORM migrations of the read models, in order; the projector's own come first. */
  migrations?: readonly MigrationClass[];
}>;

/** Configuration, the event store, the read-model database (migrated at start-up) and the projector. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: PlatformModule,
      imports: [
        DiscoveryModule,
        TypeOrmModule.forRoot({
          ...readModelDataSourceOptions({
            url: config.databaseUrl,
            poolSize: config.databasePoolSize,
            migrations: [ProjectionCheckpoints1763900000000, ...(options.migrations ?? [])],
          }),
          autoLoadEntities: true,
          logging: ['error', 'migration'],
          migrationsRun: true,
          retryAttempts: 3,
        }),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }, eventStoreProvider, EventStoreLifecycle, ProjectorService],
      exports: [APP_CONFIG, EVENT_STORE, ProjectorService],
    };
  }
}
