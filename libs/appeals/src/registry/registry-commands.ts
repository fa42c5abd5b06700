import type { EventStore } from '@app/event-store';
import { type CommandContext, executeCommand } from '@app/platform/event-sourcing/command-executor';
import { DomainError } from '@app/platform/errors/domain-error';
import { deputyDecider } from './deputy-decider';
import { CATEGORIES, NATIONAL_PROJECTS, REGIONS, SUBCATEGORIES, TERRITORIES } from './reference-data';
import { type DefineReferenceData, referenceDecider, type ReferenceEvent, type ReferenceState } from './reference-decider';
import { type DeputyDefinition, registryStreams, type RoutingRule } from './registry-events';
import { routingDecider } from './routing';

/** The reference data shipped with the platform, as one definition command. */
export function shippedReferenceData(): DefineReferenceData {
  return {
    regions: REGIONS,
    territories: TERRITORIES,
    nationalProjects: NATIONAL_PROJECTS,
    categories: [
      ...CATEGORIES.map((c) => ({ ...c, parentId: null, firstResponseTargetHours: null, nationalProjectId: null, keywords: [] })),
      ...SUBCATEGORIES.map((c) => ({ ...c, nationalProjectId: c.nationalProjectId ?? null })),
    ],
  };
}

/**
 * The registry's write side: each change goes through its decider into its stream. References to other
 * streams (a deputy's territories, a rule's deputy) are checked against those streams, not read models,
 * so a change made a moment ago is already known.
 */
export class RegistryCommands {
  constructor(private readonly store: EventStore) {}

  async defineReferenceData(data: DefineReferenceData, context: CommandContext): Promise<number> {
    const outcome = await executeCommand(this.store, registryStreams.reference, referenceDecider, data, context);
    return outcome.events.length;
  }

  async registerDeputy(deputy: DeputyDefinition, context: CommandContext): Promise<void> {
    const reference = await this.reference();
    if (!reference.regions.has(deputy.regionCode)) {
      throw new DomainError('BAD_USER_INPUT', `Unknown region "${deputy.regionCode}"`, { field: 'regionCode' });
    }
    for (const territoryId of deputy.territoryIds) {
      if (reference.territories.get(territoryId)?.regionCode !== deputy.regionCode) {
        throw new DomainError('BAD_USER_INPUT', `Territory "${territoryId}" is not a territory of region ${deputy.regionCode}`, {
          field: 'territoryIds',
        });
      }
    }
    await executeCommand(this.store, registryStreams.deputy(deputy.deputyId), deputyDecider, { type: 'RegisterDeputy', deputy }, context);
  }

  async verifyDeputy(deputyId: string, context: CommandContext): Promise<void> {
    await executeCommand(
      this.store,
      registryStreams.deputy(deputyId),
      deputyDecider,
      { type: 'VerifyDeputy', deputyId, at: context.occurredAt },
      context,
    );
  }

  async setRoutingRule(rule: RoutingRule, context: CommandContext): Promise<void> {
    const reference = await this.reference();
    const territory = reference.territories.get(rule.territoryId);
    if (!territory || territory.regionCode !== rule.regionCode) {
      throw new DomainError('BAD_USER_INPUT', `Territory "${rule.territoryId}" is not a territory of region ${rule.regionCode}`, {
        field: 'territoryId',
      });
    }
    if (rule.categoryId !== null && !reference.categories.has(rule.categoryId)) {
      throw new DomainError('BAD_USER_INPUT', `Unknown category "${rule.categoryId}"`, { field: 'categoryId' });
    }
    if (rule.deputyId !== null) {
      const [registered] = await this.store.readStream(registryStreams.deputy(rule.deputyId), { maxCount: 1 });
      if (!registered || (registered.data as DeputyDefinition).regionCode !== rule.regionCode) {
        throw new DomainError('BAD_USER_INPUT', `No deputy "${rule.deputyId}" in region ${rule.regionCode}`, { field: 'deputyId' });
      }
    }
    await executeCommand(this.store, registryStreams.routing(rule.regionCode), routingDecider, { rule }, context);
  }

  private async reference(): Promise<ReferenceState> {
    const events = await this.store.readStream(registryStreams.reference);
    return events.reduce(
      (state, event) => referenceDecider.evolve(state, { type: event.type, data: event.data } as ReferenceEvent),
      referenceDecider.initialState,
    );
  }
}
