import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@app/event-store';
import { openReadModelDatabase } from '@app/platform/database/data-source';
import { ProjectionCheckpoints1763900000000, ProjectionRunner } from '@app/projections';
import { createTestDatabase, type TestDatabase } from '@test/database';
import type { DataSource } from 'typeorm';
import { RegistryReadModel1763900200000 } from './read-model/1763900200000-registry-read-model';
import { RegistryProjection } from './read-model/registry.projection';
import { REGIONS, TERRITORIES } from './reference-data';
import { RegistryCommands, shippedReferenceData } from './registry-commands';
import { RegistryQueries } from './registry-queries';

describe('the registry, from commands through events to its read model', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;
  let runner: ProjectionRunner;
  const commands = () => new RegistryCommands(store);
  const queries = () => new RegistryQueries(dataSource);
  const context = (commandId = randomUUID()) => ({ commandId, actorId: 'admin:1', occurredAt: '2026-11-23T10:00:00.000Z' });

  beforeAll(async () => {
    database = await createTestDatabase('registry');
    store = await PostgresEventStore.create({ connectionString: database.url });
    dataSource = await openReadModelDatabase({ url: database.url, migrations: [ProjectionCheckpoints1763900000000, RegistryReadModel1763900200000] });
    runner = new ProjectionRunner(dataSource, store, [new RegistryProjection()]);
    await runner.start();
  });
  afterAll(async () => {
    await runner?.stop();
    await dataSource?.destroy();
    await store?.close();
    await database?.drop();
  });

  it('imports the shipped reference data once; importing again writes nothing', async () => {
    expect(await commands().defineReferenceData(shippedReferenceData(), context())).toBeGreaterThan(200);
    expect(await commands().defineReferenceData(shippedReferenceData(), context())).toBe(0);
    await runner.waitUntilCaughtUp();
    expect(await queries().regions()).toHaveLength(REGIONS.length);
    expect((await queries().regions()).find((r) => r.code === '66')).toEqual({
      code: '66',
      nameRu: 'Свердловская область',
      nameEn: expect.any(String),
      federalDistrict: 'URAL',
      timeZone: 'Asia/Yekaterinburg',
    });
    expect((await queries().territories('66')).map((t) => t.id)).toEqual(
      expect.arrayContaining(TERRITORIES.filter((t) => t.regionCode === '66').map((t) => t.id)),
    );
    const categories = await queries().categories();
    expect(categories.find((c) => c.id === 'housing')).toMatchObject({ parentId: null, nameRu: 'ЖКХ' });
  });

  it('registers and verifies deputies, routes by rules, and keeps the rule history', async () => {
    const deputyId = randomUUID();
    await commands().registerDeputy(
      { deputyId, fullName: 'Кузнецова Ольга Викторовна', level: 'REGIONAL', regionCode: '66', district: 'Округ № 5', territoryIds: ['66-ekaterinburg'] },
      context(),
    );
    await commands().verifyDeputy(deputyId, context());
    await commands().setRoutingRule(
      { ruleId: 'rule-1', regionCode: '66', territoryId: '66-ekaterinburg', categoryId: null, deputyId, reason: 'округ № 5' },
      context(),
    );
    await runner.waitUntilCaughtUp();
    expect(await queries().deputy(deputyId)).toMatchObject({ fullName: 'Кузнецова Ольга Викторовна', verified: true, territoryIds: ['66-ekaterinburg'] });
    expect((await queries().deputies('66', '66-ekaterinburg')).map((d) => d.id)).toContain(deputyId);
    expect(await queries().deputies('66', '66-serov')).toEqual([]);
    expect(await dataSource.query('select rule_id, deputy_id, reason from routing_rule_history')).toEqual([{ rule_id: 'rule-1', deputy_id: deputyId, reason: 'округ № 5' }]);
  });

  it('refuses unknown regions, territories and deputies with the field named, writing nothing', async () => {
    const deputy = { deputyId: randomUUID(), fullName: 'Иванов Иван', level: 'MUNICIPAL' as const, regionCode: '66', district: null, territoryIds: ['74-chelyabinsk'] };
    await expect(commands().registerDeputy(deputy, context())).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'territoryIds' } });
    await expect(commands().registerDeputy({ ...deputy, regionCode: '99' }, context())).rejects.toMatchObject({ details: { field: 'regionCode' } });
    await expect(
      commands().setRoutingRule({ ruleId: 'r', regionCode: '66', territoryId: '66-ekaterinburg', categoryId: null, deputyId: randomUUID(), reason: 'x' }, context()),
    ).rejects.toMatchObject({ details: { field: 'deputyId' } });
    expect(await store.readStream(`deputy-${deputy.deputyId}`)).toEqual([]);
  });

  it('rebuilds to the same rows', async () => {
    await runner.waitUntilCaughtUp();
    const snapshot = async () => ({
      deputies: await dataSource.query('select * from registry_deputies order by deputy_id'),
      rules: await dataSource.query('select * from routing_rules order by territory_id, category_key'),
      categories: await dataSource.query('select * from registry_categories order by id'),
    });
    const before = await snapshot();
    await runner.rebuild('registry');
    expect(await snapshot()).toEqual(before);
  });
});
