import { randomUUID } from 'node:crypto';
import { RegisterDeputyResolver } from './register-deputy/register-deputy.resolver';
import { SetRoutingRuleResolver } from './set-routing-rule/set-routing-rule.resolver';
import { openRegistryTestBed, type RegistryTestBed } from './testing/registry-test-bed';
import { VerifyDeputyResolver } from './verify-deputy/verify-deputy.resolver';
import { DeputyLevelEnum } from './registry.types';

describe('the registry, from mutations through the CommandBus to events and its read model', () => {
  let bed: RegistryTestBed;

  beforeAll(async () => {
    bed = await openRegistryTestBed('registry');
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('registers and verifies deputies, routes by rules, and keeps the rule history', async () => {
    const deputyId = randomUUID();
    const registered = await new RegisterDeputyResolver(bed.commands).registerDeputy(bed.admin, {
      deputyId,
      fullName: '  Кузнецова Ольга Викторовна ',
      level: DeputyLevelEnum.REGIONAL,
      regionCode: '66',
      district: 'Округ № 5',
      territoryIds: ['66-ekaterinburg'],
    });
    expect(registered).toBe(deputyId);
    expect(await new VerifyDeputyResolver(bed.commands).verifyDeputy(bed.admin, { deputyId })).toBe(deputyId);
    const rule = await new SetRoutingRuleResolver(bed.commands).setRoutingRule(bed.admin, {
      regionCode: '66',
      territoryId: '66-ekaterinburg',
      deputyId,
      reason: 'округ № 5',
    });
    expect(rule).toMatchObject({ ruleId: expect.any(String), territoryId: '66-ekaterinburg', categoryId: null, deputyId });
    const queries = await bed.caughtUp();
    expect(await queries.deputy(deputyId)).toMatchObject({
      fullName: 'Кузнецова Ольга Викторовна',
      verified: true,
      territoryIds: ['66-ekaterinburg'],
    });
    expect((await queries.deputies('66', '66-ekaterinburg')).map((d) => d.id)).toContain(deputyId);
    expect(await queries.deputies('66', '66-serov')).toEqual([]);
    expect(await bed.harness.dataSource.query('select rule_id, deputy_id, reason from routing_rule_history')).toEqual([
      { rule_id: rule.ruleId, deputy_id: deputyId, reason: 'округ № 5' },
    ]);
  });

  it('records each mutation under the commandId it was sent with; a repeat records nothing', async () => {
    const deputyId = randomUUID();
    const input = {
      commandId: randomUUID(),
      deputyId,
      fullName: 'Петров Пётр',
      level: DeputyLevelEnum.MUNICIPAL,
      regionCode: '66',
      territoryIds: ['66-serov'],
    };
    await new RegisterDeputyResolver(bed.commands).registerDeputy(bed.admin, input);
    await new RegisterDeputyResolver(bed.commands).registerDeputy(bed.admin, input);
    const events = await bed.harness.store.readStream(`deputy-${deputyId}`);
    expect(events.map((event) => [event.type, event.metadata.commandId, event.metadata.actorId])).toEqual([
      ['DeputyRegistered', input.commandId, bed.admin.id],
    ]);
  });

  it('rebuilds to the same rows', async () => {
    await bed.caughtUp();
    const snapshot = async () => ({
      deputies: await bed.harness.dataSource.query('select * from registry_deputies order by deputy_id'),
      rules: await bed.harness.dataSource.query('select * from routing_rules order by territory_id, category_key'),
      categories: await bed.harness.dataSource.query('select * from registry_categories order by id'),
    });
    const before = await snapshot();
    await bed.harness.runner.rebuild('registry');
    expect(await snapshot()).toEqual(before);
  });
});
