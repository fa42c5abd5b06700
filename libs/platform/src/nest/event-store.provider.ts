import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { type EventStore, KurrentDbEventStore, PostgresEventStore } from '@app/event-store';
import type { RuntimeConfig } from '../config/runtime-config';
import { APP_CONFIG, EVENT_STORE } from './tokens';

/** Closes the event store after everything that uses it has stopped. */
@Injectable()
export class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** PostgreSQL by default; KurrentDB when KURRENTDB_URL is set. */
export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [APP_CONFIG],
  useFactory: (config: RuntimeConfig): Promise<EventStore> =>
    config.kurrentDbUrl
      ? KurrentDbEventStore.create({ connectionString: config.kurrentDbUrl })
      : PostgresEventStore.create({ connectionString: config.databaseUrl, poolSize: config.databasePoolSize }),
};
