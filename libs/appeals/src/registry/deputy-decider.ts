import { isDeepStrictEqual } from 'node:util';
import type { Decider } from '@app/platform/event-sourcing/decider';
import { DomainError } from '@app/platform/errors/domain-error';
import type { DeputyDefinition, DeputyLevel, RegistryEvent } from './registry-events';

type DeputyEvent = Extract<RegistryEvent, { type: 'DeputyRegistered' | 'DeputyVerified' }>;

export type DeputyState =
  Readonly<{ status: 'UNKNOWN' }> | Readonly<{ status: 'REGISTERED'; deputy: DeputyDefinition; verifiedAt: string | null }>;

export type DeputyCommand =
  Readonly<{ type: 'RegisterDeputy'; deputy: DeputyDefinition }> | Readonly<{ type: 'VerifyDeputy'; deputyId: string; at: string }>;

const LEVELS: readonly DeputyLevel[] = ['STATE_DUMA', 'REGIONAL', 'MUNICIPAL'];

/**
 * A deputy's record. Registering again with the same details is a no-op (so seeding is repeatable);
 * with other details it is refused: changes to a deputy's record get their own event when needed.
 * Verification (the "verified" mark on a deputy's page) happens once. Whether the territories exist and
 * belong to the region is checked by the caller against the registry.
 */
export const deputyDecider: Decider<DeputyCommand, DeputyEvent, DeputyState> = {
  initialState: { status: 'UNKNOWN' },

  decide(command, state) {
    switch (command.type) {
      case 'RegisterDeputy': {
        const deputy = command.deputy;
        if (!deputy.fullName.trim() || deputy.fullName.length > 200) {
          throw new DomainError('BAD_USER_INPUT', 'A deputy’s full name must be 1 to 200 characters', { field: 'fullName' });
        }
        if (!LEVELS.includes(deputy.level)) {
          throw new DomainError('BAD_USER_INPUT', `Level must be one of ${LEVELS.join(', ')}, got "${deputy.level}"`, { field: 'level' });
        }
        if (deputy.territoryIds.length === 0) {
          throw new DomainError('BAD_USER_INPUT', 'A deputy serves at least one territory', { field: 'territoryIds' });
        }
        if (state.status === 'REGISTERED') {
          if (isDeepStrictEqual(state.deputy, deputy)) return [];
          throw new DomainError('INVALID_STATE', `Deputy ${deputy.deputyId} is already registered with other details`, {
            status: 'REGISTERED',
          });
        }
        return [{ type: 'DeputyRegistered', data: deputy }];
      }
      case 'VerifyDeputy':
        if (state.status === 'UNKNOWN') throw new DomainError('NOT_FOUND', `No deputy ${command.deputyId}`);
        return state.verifiedAt ? [] : [{ type: 'DeputyVerified', data: { deputyId: command.deputyId, verifiedAt: command.at } }];
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'DeputyRegistered':
        return { status: 'REGISTERED', deputy: event.data, verifiedAt: null };
      case 'DeputyVerified':
        return state.status === 'REGISTERED' ? { ...state, verifiedAt: event.data.verifiedAt } : state;
    }
  },
};
