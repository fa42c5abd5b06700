import { randomUUID } from 'node:crypto';
import { RegisterDeputyCommand } from '../register-deputy/register-deputy.command';
import type { RoutingRule } from '../registry-events';
import { openRegistryTestBed, type RegistryTestBed } from '../testing/registry-test-bed';
import { SetRoutingRuleCommand } from './set-routing-rule.command';

describe('setting a routing rule', () => {
  let bed: RegistryTestBed;
  const deputyId = randomUUID();
  const rule = (changes: Partial<RoutingRule> = {}): RoutingRule => ({
    ruleId: randomUUID(),
    regionCode: '66',
    territoryId: '66-ekaterinburg',
    categoryId: null,
    deputyId,
    reason: 'округ № 5',
    ...changes,
  });
  const setRule = (definition: RoutingRule) => bed.commands.execute(new SetRoutingRuleCommand(definition, bed.context()));
  const routing = () => bed.harness.store.readStream('routing-66');

  beforeAll(async () => {
    bed = await openRegistryTestBed('set-routing-rule');
    const deputy = {
      deputyId,
      fullName: 'Кузнецова Ольга',
      level: 'REGIONAL',
      regionCode: '66',
      district: null,
      territoryIds: ['66-ekaterinburg'],
    } as const;
    await bed.commands.execute(new RegisterDeputyCommand(deputy, bed.context()));
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('records a rule and answers it; the same deputy again records nothing; removing it does', async () => {
    const first = rule();
    expect(await setRule(first)).toEqual(first);
    await setRule(rule({ reason: 'повторно' }));
    await setRule(rule({ deputyId: null, reason: 'округ упразднён' }));
    expect((await routing()).map((event) => [event.data])).toEqual([[first], [expect.objectContaining({ deputyId: null })]]);
  });

  it('refuses a territory of another region, an unknown category, a deputy of nowhere, and a missing reason', async () => {
    await expect(setRule(rule({ territoryId: '74-chelyabinsk' }))).rejects.toMatchObject({ details: { field: 'territoryId' } });
    await expect(setRule(rule({ categoryId: 'no.such' }))).rejects.toMatchObject({ details: { field: 'categoryId' } });
    await expect(setRule(rule({ deputyId: randomUUID() }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'deputyId' },
    });
    await expect(setRule(rule({ regionCode: '74', territoryId: '74-chelyabinsk' }))).rejects.toMatchObject({
      details: { field: 'deputyId' },
    });
    await expect(setRule(rule({ reason: ' ' }))).rejects.toMatchObject({ details: { field: 'reason' } });
    expect(await routing()).toHaveLength(2);
  });
});
