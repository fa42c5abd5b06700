/** Handler unit specs: the real runner and decider on an in-memory store, a registry in memory, fixed viewers. */
import { randomUUID } from 'node:crypto';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealCommand } from '../../domain';
import { APPEAL_ID, DEPUTY, day, history, OTHER_DEPUTY, VOTER } from '../../domain/testing/appeal-fixtures';
import type { RoutingRule } from '../../registry/registry-events';
import { AppealCommandRunner } from '../appeal-command-runner';
import type { CategoryRow, Registry } from '../registry-lookups';
import { InMemoryEventStore } from './in-memory-event-store';

const viewer = (id: string, role: Viewer['role'], scope: Partial<Pick<Viewer, 'deputyId' | 'regions'>> = {}): Viewer => ({
  id,
  role,
  name: null,
  deputyId: scope.deputyId ?? null,
  regions: scope.regions ?? [],
});

/** The fixtures' actors as signed-in viewers (the fixture appeal is in region 77, handled by DEPUTY). */
export const viewers = {
  voter: viewer(VOTER, 'VOTER'),
  otherVoter: viewer('voter-2', 'VOTER'),
  deputy: viewer('user-deputy-1', 'DEPUTY', { deputyId: DEPUTY }),
  assistant: viewer('user-assistant-1', 'ASSISTANT', { deputyId: DEPUTY }),
  otherDeputy: viewer('user-deputy-2', 'DEPUTY', { deputyId: OTHER_DEPUTY }),
  moderator: viewer('moderator-1', 'MODERATOR', { regions: ['77'] }),
  moderatorElsewhere: viewer('moderator-2', 'MODERATOR', { regions: ['66'] }),
} as const;

/** The registry the fixtures expect: region 77 with territory-7, DEPUTY and OTHER_DEPUTY there, a deputy of region 66. */
export class InMemoryRegistry implements Registry {
  readonly regions = new Set(['77', '66']);
  readonly territories = new Map([
    ['territory-7', '77'],
    ['territory-66', '66'],
  ]);
  readonly categories = new Map<string, CategoryRow>([
    ['housing', { parentId: null, firstResponseTargetHours: 24 }],
    ['housing-yards', { parentId: 'housing', firstResponseTargetHours: null }],
    ['roads', { parentId: null, firstResponseTargetHours: null }],
  ]);
  readonly deputies = new Map<string, { region: string; territories: string[] }>([
    [DEPUTY, { region: '77', territories: ['territory-7'] }],
    [OTHER_DEPUTY, { region: '77', territories: ['territory-7'] }],
    ['deputy-66', { region: '66', territories: ['territory-66'] }],
  ]);
  rules: RoutingRule[] = [
    { ruleId: 'rule-42', regionCode: '77', territoryId: 'territory-7', categoryId: null, deputyId: DEPUTY, reason: 'Округ 7' },
  ];

  async regionExists(regionCode: string): Promise<boolean> {
    return this.regions.has(regionCode);
  }
  async territoryRegion(territoryId: string): Promise<string | undefined> {
    return this.territories.get(territoryId);
  }
  async category(categoryId: string): Promise<CategoryRow | undefined> {
    return this.categories.get(categoryId);
  }
  async deputyRegion(deputyId: string): Promise<string | undefined> {
    return this.deputies.get(deputyId)?.region;
  }
  async deputyServes(deputyId: string, territoryId: string): Promise<boolean> {
    return this.deputies.get(deputyId)?.territories.includes(territoryId) ?? false;
  }
  async routingRules(regionCode: string): Promise<RoutingRule[]> {
    return this.rules.filter((rule) => rule.regionCode === regionCode);
  }
}

export type AppealCommandTestbed = ReturnType<typeof appealCommandTestbed>;

/** A fresh store, runner and registry; the clock reads `now` (day 10 of the fixtures unless moved). */
export function appealCommandTestbed(now = day(10)) {
  const store = new InMemoryEventStore();
  const clock = { now };
  const runner = new AppealCommandRunner(store, () => new Date(clock.now));
  return {
    store,
    runner,
    registry: new InMemoryRegistry(),
    clock,
    /** Records the events of the fixture commands on the fixture appeal (`APPEAL_ID`). */
    async given(...commands: readonly AppealCommand[]): Promise<void> {
      const events = history(...commands);
      await store.appendToStream(
        `appeal-${APPEAL_ID}`,
        events.map((event) => ({ type: event.type, data: event.data, metadata: { commandId: randomUUID(), occurredAt: day(0) } })),
        { expectedVersion: 'no_stream' },
      );
    },
    /** The types of the events on an appeal's stream, oldest first. */
    async eventTypes(appealId = APPEAL_ID): Promise<string[]> {
      return (await store.readStream(`appeal-${appealId}`)).map((event) => event.type);
    },
  };
}
