/**
 * Given/when/then for deciders (CONVENTIONS.md): `given(history).when(command).then(expectedEvents)` or
 * `.thenThrows(code, messagePart?, details?)`. `then` returns the state after the new events, for a
 * further look. (`when(...)` has a `then` method: do not `await` it.)
 */
import { DomainError, type ErrorCode } from '@app/platform/errors/domain-error';
import type { Decider, DomainEvent } from '@app/platform/event-sourcing/decider';
import { appealDecider } from '../appeal-decider';

export type Scenario<TCommand, TEvent extends DomainEvent, TState> = Readonly<{
  /** The state the history folds into. */
  state: TState;
  when(command: TCommand): Readonly<{
    then(expected: readonly TEvent[]): TState;
    thenThrows(code: ErrorCode, messagePart?: string, details?: Readonly<Record<string, unknown>>): void;
    /** The events decided, for assertions `then` cannot express. */
    events(): readonly TEvent[];
  }>;
}>;

/** Binds given/when/then to one decider. */
export function givenWhenThen<TCommand, TEvent extends DomainEvent, TState>(decider: Decider<TCommand, TEvent, TState>) {
  const fold = (state: TState, events: readonly TEvent[]): TState => events.reduce(decider.evolve, state);
  return function given(history: readonly TEvent[]): Scenario<TCommand, TEvent, TState> {
    const state = fold(decider.initialState, history);
    return {
      state,
      when(command) {
        const events = () => decider.decide(command, state);
        return {
          events,
          then(expected) {
            const decided = events();
            expect(decided).toEqual(expected);
            return fold(state, decided);
          },
          thenThrows(code, messagePart, details) {
            let thrown: unknown;
            try {
              events();
            } catch (error) {
              thrown = error;
            }
            expect(thrown).toBeInstanceOf(DomainError);
            const error = thrown as DomainError;
            expect({ code: error.code, message: error.message }).toEqual({ code, message: expect.stringContaining(messagePart ?? '') });
            if (details) expect(error.details).toMatchObject(details);
          },
        };
      },
    };
  };
}

/** Given/when/then for the appeal decider. */
export const given = givenWhenThen(appealDecider);
