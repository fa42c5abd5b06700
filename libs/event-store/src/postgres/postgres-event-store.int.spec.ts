import { createTestDatabase, type TestDatabase } from '@test/database';
import { describeEventStoreContract } from '../testing/event-store-contract';
import { PostgresEventStore } from './postgres-event-store';

describe('PostgresEventStore', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('event_store');
  });
  afterAll(async () => {
    await database?.drop();
  });

  describeEventStoreContract({
    connect: (options) => PostgresEventStore.create({ connectionString: database.url, upcasters: options?.upcasters }),
    appendInOpenTransaction: (store, streamId, events, { holdMs, rollback }) =>
      (store as PostgresEventStore).withClient(async (client) => {
        await client.query('begin');
        try {
          await (store as PostgresEventStore).appendInTransaction(client, streamId, events, { expectedVersion: 'any' });
          await new Promise((resolve) => setTimeout(resolve, holdMs));
        } finally {
          await client.query(rollback ? 'rollback' : 'commit');
        }
      }),
  });

  it('refuses the character U+0000, which jsonb cannot hold, saying so', async () => {
    const store = await PostgresEventStore.create({ connectionString: database.url });
    try {
      await expect(
        store.appendToStream('nul-1', [{ type: 'Nul', data: { text: 'a\u0000b' }, metadata: { occurredAt: '2026-11-23T10:00:00Z' } }], {
          expectedVersion: 'any',
        }),
      ).rejects.toThrow(/U\+0000/);
      expect(await store.readStream('nul-1')).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
