import type { DomainEvent } from '@app/platform/event-sourcing/decider';
import { deputyDecider, type DeputyState } from './deputy-decider';
import { CATEGORIES, NATIONAL_PROJECTS, REGIONS, SUBCATEGORIES, TERRITORIES } from './reference-data';
import { type DefineReferenceData, referenceDecider } from './reference-decider';
import type { DeputyDefinition, RoutingRule } from './registry-events';
import { route, routingDecider } from './routing';

const fold = <S, E extends DomainEvent>(decider: { initialState: S; evolve(state: S, event: E): S }, events: readonly E[]): S =>
  events.reduce((state, event) => decider.evolve(state, event), decider.initialState);

const everything: DefineReferenceData = {
  regions: REGIONS,
  territories: TERRITORIES,
  nationalProjects: NATIONAL_PROJECTS,
  categories: [
    ...SUBCATEGORIES.map((c) => ({ ...c, nationalProjectId: c.nationalProjectId ?? null, keywords: c.keywords })),
    ...CATEGORIES.map((c) => ({ ...c, parentId: null, firstResponseTargetHours: null, nationalProjectId: null, keywords: [] })),
  ],
};

describe('reference data', () => {
  it('imports everything once, and a second import of the same data writes nothing', () => {
    const events = referenceDecider.decide(everything, referenceDecider.initialState);
    expect(events).toHaveLength(REGIONS.length + TERRITORIES.length + NATIONAL_PROJECTS.length + CATEGORIES.length + SUBCATEGORIES.length);
    const state = fold(referenceDecider, events);
    expect(referenceDecider.decide(everything, state)).toEqual([]);
  });

  it('writes only what changed', () => {
    const state = fold(referenceDecider, referenceDecider.decide(everything, referenceDecider.initialState));
    const renamed = { ...TERRITORIES[0], nameRu: `${TERRITORIES[0].nameRu} (новое название)` };
    expect(referenceDecider.decide({ territories: [renamed] }, state)).toEqual([{ type: 'TerritoryDefined', data: renamed }]);
  });

  it('refuses references to what is not in the registry, naming the field', () => {
    expect(() => referenceDecider.decide({ territories: [TERRITORIES[0]] }, referenceDecider.initialState)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'regionCode' } }),
    );
    const orphan = {
      id: 'roads.potholes',
      parentId: 'roads',
      nameRu: 'Ямы',
      nameEn: 'Potholes',
      firstResponseTargetHours: 24,
      nationalProjectId: null,
      keywords: [],
    };
    expect(() => referenceDecider.decide({ categories: [orphan] }, referenceDecider.initialState)).toThrow(/parent roads/);
    expect(() => referenceDecider.decide({ regions: [{ ...REGIONS[0], code: '7' }] }, referenceDecider.initialState)).toThrow(/two digits/);
  });
});

describe('deputies', () => {
  const deputy: DeputyDefinition = {
    deputyId: 'd-1',
    fullName: 'Кузнецова Ольга Викторовна',
    level: 'REGIONAL',
    regionCode: '66',
    district: 'Избирательный округ № 5',
    territoryIds: ['66-ekaterinburg'],
  };

  it('registers once; the same registration again is a no-op, a different one is refused', () => {
    const registered = deputyDecider.decide({ type: 'RegisterDeputy', deputy }, deputyDecider.initialState);
    expect(registered).toEqual([{ type: 'DeputyRegistered', data: deputy }]);
    const state = fold(deputyDecider, registered);
    expect(deputyDecider.decide({ type: 'RegisterDeputy', deputy }, state)).toEqual([]);
    expect(() => deputyDecider.decide({ type: 'RegisterDeputy', deputy: { ...deputy, fullName: 'Другой' } }, state)).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE' }),
    );
  });

  it('verifies once, and only a registered deputy', () => {
    const state: DeputyState = { status: 'REGISTERED', deputy, verifiedAt: null };
    const verified = deputyDecider.decide({ type: 'VerifyDeputy', deputyId: 'd-1', at: '2026-11-23T10:00:00Z' }, state);
    expect(verified).toEqual([{ type: 'DeputyVerified', data: { deputyId: 'd-1', verifiedAt: '2026-11-23T10:00:00Z' } }]);
    expect(
      deputyDecider.decide(
        { type: 'VerifyDeputy', deputyId: 'd-1', at: '2026-11-24T10:00:00Z' },
        fold(deputyDecider, [{ type: 'DeputyRegistered', data: deputy }, ...verified]),
      ),
    ).toEqual([]);
    expect(() =>
      deputyDecider.decide({ type: 'VerifyDeputy', deputyId: 'd-2', at: '2026-11-23T10:00:00Z' }, deputyDecider.initialState),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses a registration without a name, a level or a territory', () => {
    expect(() =>
      deputyDecider.decide({ type: 'RegisterDeputy', deputy: { ...deputy, fullName: ' ' } }, deputyDecider.initialState),
    ).toThrow(/full name/);
    expect(() =>
      deputyDecider.decide({ type: 'RegisterDeputy', deputy: { ...deputy, territoryIds: [] } }, deputyDecider.initialState),
    ).toThrow(/territory/);
  });
});

describe('routing', () => {
  const rule = (
    territoryId: string,
    categoryId: string | null,
    deputyId: string | null,
    ruleId = `r-${territoryId}-${categoryId}`,
  ): RoutingRule => ({
    ruleId,
    regionCode: '66',
    territoryId,
    categoryId,
    deputyId,
    reason: 'распределение по округам',
  });

  it('prefers the rule for the subcategory, then its parent category, then any category of the territory', () => {
    const rules = [
      rule('66-ekaterinburg', null, 'd-general'),
      rule('66-ekaterinburg', 'housing', 'd-housing'),
      rule('66-ekaterinburg', 'housing.heating', 'd-heating'),
    ];
    expect(route(rules, '66-ekaterinburg', 'housing.heating', 'housing')).toEqual({
      deputyId: 'd-heating',
      ruleId: 'r-66-ekaterinburg-housing.heating',
      categorySpecific: true,
    });
    expect(route(rules, '66-ekaterinburg', 'housing.garbage', 'housing')?.deputyId).toBe('d-housing');
    expect(route(rules, '66-ekaterinburg', 'roads.repair', 'roads')).toEqual({
      deputyId: 'd-general',
      ruleId: 'r-66-ekaterinburg-null',
      categorySpecific: false,
    });
    expect(route(rules, '66-nizhny-tagil', 'roads.repair', 'roads')).toBeNull();
  });

  it('records each change with its reason, ignores a change that changes nothing, and removes a rule', () => {
    const set = routingDecider.decide({ rule: rule('66-ekaterinburg', null, 'd-1') }, routingDecider.initialState);
    const state = fold(routingDecider, set);
    expect(routingDecider.decide({ rule: rule('66-ekaterinburg', null, 'd-1', 'r-2') }, state)).toEqual([]);
    const removed = fold(routingDecider, [...set, ...routingDecider.decide({ rule: rule('66-ekaterinburg', null, null, 'r-3') }, state)]);
    expect(route(removed.rules.values(), '66-ekaterinburg', 'roads.repair', 'roads')).toBeNull();
    expect(() => routingDecider.decide({ rule: { ...rule('66-ekaterinburg', null, 'd-2'), reason: '' } }, state)).toThrow(/reason/);
  });
});
