import { PostgresEventStore } from '@app/event-store';
import { openReadModelDatabase } from '@app/platform/database/data-source';
import { ProjectionCheckpoints1763900000000, ProjectionRunner } from '@app/projections';
import { createTestDatabase, type TestDatabase } from '@test/database';
import type { DataSource } from 'typeorm';
import { AppealsProjection } from '../read-model';
import { APPEALS_READ_MODEL_MIGRATIONS } from '../read-model-migrations';
import { RegistryProjection } from '../registry/read-model/registry.projection';
import { generateDemoData } from './demo-generator';

/** On the demo data: read models built while the events arrive equal a rebuild from position 0. */
describe('projections on the demo data', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('demo_rebuild');
    store = await PostgresEventStore.create({ connectionString: database.url });
    dataSource = await openReadModelDatabase({
      url: database.url,
      migrations: [ProjectionCheckpoints1763900000000, ...APPEALS_READ_MODEL_MIGRATIONS],
    });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await store?.close();
    await database?.drop();
  });

  const snapshot = async (): Promise<Record<string, unknown[]>> => ({
    appeals: await dataSource.query('select * from appeals order by appeal_id'),
    timeline: await dataSource.query(
      'select appeal_id, stream_version, type, at, actor_id, data from appeal_timeline order by appeal_id, stream_version',
    ),
    feedback: await dataSource.query('select * from appeal_feedback order by appeal_id, answer_number'),
    deputies: await dataSource.query('select * from registry_deputies order by deputy_id'),
    routing: await dataSource.query('select * from routing_rules order by territory_id, category_key'),
  });

  it('gives the same rows incrementally (projecting while the generator writes) and after a rebuild', async () => {
    const runner = new ProjectionRunner(dataSource, store, [new RegistryProjection(), new AppealsProjection()], { batchSize: 200 });
    await runner.start();
    try {
      const summary = await generateDemoData(store, { appeals: 1500, seed: 7, now: new Date('2026-11-01T12:00:00Z') });
      await runner.waitUntilCaughtUp(60_000);
      const incremental = await snapshot();
      expect(incremental.appeals).toHaveLength(summary.appealsWritten);

      await runner.rebuild('appeals');
      await runner.rebuild('registry');
      expect(await snapshot()).toEqual(incremental);
    } finally {
      // A failure must not leave the runner polling: jest would wait for it forever.
      await runner.stop();
    }
  }, 120_000);
});
