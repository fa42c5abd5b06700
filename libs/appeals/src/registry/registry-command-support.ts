import { randomUUID } from 'node:crypto';
import type { EventStore } from '@app/event-store';
import type { Viewer } from '@app/identity/access/viewer';
import { type CommandContext, type CommandOutcome, executeCommand } from '@app/platform/event-sourcing/command-executor';
import type { Decider, DomainEvent } from '@app/platform/event-sourcing/decider';
import { DomainError } from '@app/platform/errors/domain-error';
import { deputyDecider, type DeputyState } from './deputy-decider';
import { referenceDecider, type ReferenceState } from './reference-decider';
import { type DeputyDefinition, registryStreams } from './registry-events';

/** The context of a change an admin asks for over GraphQL: their id, now, and their commandId (or a new one). */
export function adminContext(viewer: Viewer, commandId: string | undefined): CommandContext {
  return { commandId: commandId ?? randomUUID(), actorId: viewer.id, occurredAt: new Date().toISOString() };
}

/**
 * A registry stream's state as its events have it now. References to other streams (a deputy's territories,
 * a rule's deputy) are checked against these, not read models, so a change made a moment ago is already known.
 */
async function currentState<TEvent extends DomainEvent, TState>(
  store: EventStore,
  streamId: string,
  decider: Decider<unknown, TEvent, TState>,
): Promise<TState> {
  const events = await store.readStream(streamId);
  // Stored registry events are the decider's own: the stream holds nothing else.
  return events.reduce((state, event) => decider.evolve(state, { type: event.type, data: event.data } as TEvent), decider.initialState);
}

/** Regions, territories, categories and national projects as the registry's reference stream has them. */
export const currentReference = (store: EventStore): Promise<ReferenceState> =>
  currentState(store, registryStreams.reference, referenceDecider);

/** A deputy's record as their stream has it. */
export const currentDeputy = (store: EventStore, deputyId: string): Promise<DeputyState> =>
  currentState(store, registryStreams.deputy(deputyId), deputyDecider);

/**
 * Registers one deputy after checking their region and territories against `reference`. Registering the
 * same details again records nothing; other details for a registered id are refused (the deputy decider).
 */
export async function registerDeputy(
  store: EventStore,
  reference: ReferenceState,
  deputy: DeputyDefinition,
  context: CommandContext,
): Promise<CommandOutcome<DomainEvent>> {
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
  return executeCommand(store, registryStreams.deputy(deputy.deputyId), deputyDecider, { type: 'RegisterDeputy', deputy }, context);
}
