import { Module } from '@nestjs/common';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '@app/platform/nest';
import { DataSource } from 'typeorm';
import { AppealCommandRunner } from './appeal-command-runner';
import { RegistryLookups } from './registry-lookups';

/** What the appeal command handlers share: the runner and the registry look-ups. */
@Module({
  providers: [
    { provide: AppealCommandRunner, inject: [EVENT_STORE], useFactory: (store: EventStore) => new AppealCommandRunner(store) },
    {
      provide: RegistryLookups,
      inject: [EVENT_STORE, DataSource],
      useFactory: (store: EventStore, dataSource: DataSource) => new RegistryLookups(store, dataSource),
    },
  ],
  exports: [AppealCommandRunner, RegistryLookups],
})
export class AppealCommandsModule {}
