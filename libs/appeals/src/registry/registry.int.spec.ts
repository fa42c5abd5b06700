import { randomUUID } from 'node:crypto';
import { openReadModelHarness, type ReadModelHarness } from '@test/read-model-harness';
import { RegistryReadModel1763900200000 } from './read-model/1763900200000-registry-read-model';
import { RegistryProjection } from './read-model/registry.projection';
import { REGIONS, TERRITORIES } from './reference-data';
import { RegistryCommands, shippedReferenceData } from './registry-commands';
import { RegistryQueries } from './registry-queries';

describe('the registry, from commands through events to its read model', () => {
  let harness: ReadModelHarness;
  const commands = () => new RegistryCommands(harness.store);
  const queries = () => new RegistryQueries(harness.dataSource);
  const context = (commandId = randomUUID()) => ({ commandId, actorId: 'admin:1', occurredAt: '2026-11-23T10:00:00.000Z' });

  beforeAll(async () => {
    harness = await openReadModelHarness('registry', {
      migrations: [RegistryReadModel1763900200000],
      projections: [new RegistryProjection()],
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('imports the shipped reference data once; importing again writes nothing', async () => {
    expect(await commands().defineReferenceData(shippedReferenceData(), context())).toBeGreaterThan(200);
    expect(await commands().defineReferenceData(shippedReferenceData(), context())).toBe(0);
    await harness.runner.waitUntilCaughtUp();
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
    // The voter portal suggests a category from these.
    expect(categories.find((c) => c.id === 'roads.repair')?.keywords).toContain('яма');
  });

  it('registers and verifies deputies, routes by rules, and keeps the rule history', async () => {
    const deputyId = randomUUID();
    await commands().registerDeputy(
      {
        deputyId,
        fullName: 'Кузнецова Ольга Викторовна',
        level: 'REGIONAL',
        regionCode: '66',
        district: 'Округ № 5',
        territoryIds: ['66-ekaterinburg'],
      },
      context(),
    );
    await commands().verifyDeputy(deputyId, context());
    await commands().setRoutingRule(
      { ruleId: 'rule-1', regionCode: '66', territoryId: '66-ekaterinburg', categoryId: null, deputyId, reason: 'округ № 5' },
      context(),
    );
    await harness.runner.waitUntilCaughtUp();
    expect(await queries().deputy(deputyId)).toMatchObject({
      fullName: 'Кузнецова Ольга Викторовна',
      verified: true,
      territoryIds: ['66-ekaterinburg'],
    });
    expect((await queries().deputies('66', '66-ekaterinburg')).map((d) => d.id)).toContain(deputyId);
    expect(await queries().deputies('66', '66-serov')).toEqual([]);
    expect(await harness.dataSource.query('select rule_id, deputy_id, reason from routing_rule_history')).toEqual([
      { rule_id: 'rule-1', deputy_id: deputyId, reason: 'округ № 5' },
    ]);
  });

  it('refuses unknown regions, territories and deputies with the field named, writing nothing', async () => {
    const deputy = {
      deputyId: randomUUID(),
      fullName: 'Иванов Иван',
      level: 'MUNICIPAL' as const,
      regionCode: '66',
      district: null,
      territoryIds: ['74-chelyabinsk'],
    };
    await expect(commands().registerDeputy(deputy, context())).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'territoryIds' },
    });
    await expect(commands().registerDeputy({ ...deputy, regionCode: '99' }, context())).rejects.toMatchObject({
      details: { field: 'regionCode' },
    });
    await expect(
      commands().setRoutingRule(
        { ruleId: 'r', regionCode: '66', territoryId: '66-ekaterinburg', categoryId: null, deputyId: randomUUID(), reason: 'x' },
        context(),
      ),
    ).rejects.toMatchObject({ details: { field: 'deputyId' } });
    expect(await harness.store.readStream(`deputy-${deputy.deputyId}`)).toEqual([]);
  });

  it('rebuilds to the same rows', async () => {
    await harness.runner.waitUntilCaughtUp();
    const snapshot = async () => ({
      deputies: await harness.dataSource.query('select * from registry_deputies order by deputy_id'),
      rules: await harness.dataSource.query('select * from routing_rules order by territory_id, category_key'),
      categories: await harness.dataSource.query('select * from registry_categories order by id'),
    });
    const before = await snapshot();
    await harness.runner.rebuild('registry');
    expect(await snapshot()).toEqual(before);
  });
});
