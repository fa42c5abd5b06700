import { Module } from '@nestjs/common';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE, RegisterProjection } from '@app/platform';
import { DataSource } from 'typeorm';
import { RegistryProjection } from './read-model/registry.projection';
import { RegistryCommands } from './registry-commands';
import { RegistryQueries } from './registry-queries';
import { RegistryResolver } from './registry.resolver';
import { RegistrySeeder } from './registry-seeder';
import { DemoSeeder } from '../demo/demo-seeder';

@RegisterProjection()
class RegistryProjectionProvider extends RegistryProjection {}

/** The projection alone, for the standalone projector. */
@Module({ providers: [RegistryProjectionProvider] })
export class RegistryProjectionModule {}

/** Regions, territories, categories, national projects, deputies and routing: GraphQL, commands, seeding. */
@Module({
  imports: [RegistryProjectionModule],
  providers: [
    { provide: RegistryCommands, inject: [EVENT_STORE], useFactory: (store: EventStore) => new RegistryCommands(store) },
    { provide: RegistryQueries, inject: [DataSource], useFactory: (dataSource: DataSource) => new RegistryQueries(dataSource) },
    RegistryResolver,
    RegistrySeeder,
    DemoSeeder,
  ],
  exports: [RegistryCommands, RegistryQueries],
})
export class RegistryModule {}
