import { Module } from '@nestjs/common';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '@app/platform/nest';
import { DataSource } from 'typeorm';
import { RegistryProjectionModule } from './read-model/registry-projection.module';
import { RegistryCommands } from './registry-commands';
import { RegistryQueries } from './registry-queries';
import { RegistryResolver } from './registry.resolver';
import { RegistrySeeder } from './registry-seeder';
import { DemoSeeder } from '../demo/demo-seeder';

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
