import {
  type AppendResult,
  CommandIdReusedError,
  type EventMetadata,
  type EventStore,
  type StoredEvent,
  WrongExpectedVersionError,
} from '@app/event-store';
import { DomainError } from '../errors/domain-error';
import type { Decider, DomainEvent } from './decider';

export type CommandContext = Readonly<{
  /** Repeat-safe id of the command; a repeat returns the first outcome and appends nothing. */
  commandId: string;
  actorId: string;
  /** When the command was issued (the domain time of its events). */
  occurredAt: string;
  correlationId?: string;
  causationId?: string;
}>;

export type CommandOutcome<TEvent extends DomainEvent, TState = unknown> = Readonly<{
  /** The events this command produced (on a repeat: those of its first execution). */
  events: readonly TEvent[];
  /** Version of the stream's last event after the command, `-1` if the stream is still empty. */
  version: number;
  /** True when the command id had already been handled. */
  duplicate: boolean;
  /** The stream's state after the command (on a repeat: as it is now). */
  state: TState;
}>;

export type ExecuteOptions<TState> = Readonly<{
  /**
   * Checks the caller may act on this stream at all, before anything is decided (e.g. "an appeal you may not
   * see answers NOT_FOUND"); throws to refuse. Runs on the state as loaded, also for repeated commands.
   */
  authorize?: (state: TState) => void;
}>;

const MAX_ATTEMPTS = 5;

/**
 * Runs a command against one event-sourced stream: load, fold, decide, append with the expected version.
 * A concurrent writer that got there first makes it reload and decide again (a few times), so no event is
 * ever lost; if the stream stays contended it answers `CONFLICT`. A repeated command id returns the first
 * outcome, whether the repeat arrives later (found in the stream) or at the same moment (the store's
 * idempotency); it never re-decides, so a repeat of "answer" does not fail with "already answered".
 */
export async function executeCommand<TCommand, TEvent extends DomainEvent, TState>(
  store: EventStore,
  streamId: string,
  decider: Decider<TCommand, TEvent, TState>,
  command: TCommand,
  context: CommandContext,
  options: ExecuteOptions<TState> = {},
): Promise<CommandOutcome<TEvent, TState>> {
  const fold = (state: TState, events: readonly TEvent[]): TState =>
    events.reduce((current, event) => decider.evolve(current, event), state);
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(streamId);
    const state = fold(decider.initialState, history.map(toDomainEvent<TEvent>));
    options.authorize?.(state);
    const earlier = history.filter((event) => event.metadata.commandId === context.commandId);
    if (earlier.length > 0) {
      return { events: earlier.map(toDomainEvent<TEvent>), version: earlier[earlier.length - 1].streamVersion, duplicate: true, state };
    }
    const version = history.length > 0 ? history[history.length - 1].streamVersion : -1;
    const events = decider.decide(command, state);
    if (events.length === 0) return { events, version, duplicate: false, state };
    const metadata: EventMetadata = {
      commandId: context.commandId,
      actorId: context.actorId,
      occurredAt: context.occurredAt,
      correlationId: context.correlationId ?? context.commandId,
      causationId: context.causationId ?? context.commandId,
    };
    let result: AppendResult;
    try {
      result = await store.appendToStream(
        streamId,
        events.map((event) => ({ type: event.type, data: event.data, metadata })),
        { expectedVersion: version },
      );
    } catch (error) {
      if (error instanceof CommandIdReusedError) {
        // Said without naming the other stream: it may be someone else's.
        throw new DomainError('CONFLICT', 'This commandId was already used for another request; send each request with a new one', {
          field: 'commandId',
        });
      }
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new DomainError('CONFLICT', `"${streamId}" is being changed by others right now; try again`, { streamId });
      }
      continue;
    }
    if (result.duplicate) {
      // The same command won a race a moment ago: report what it wrote.
      const now = await store.readStream(streamId);
      const written = now.filter((event) => event.metadata.commandId === context.commandId).map(toDomainEvent<TEvent>);
      return {
        events: written,
        version: result.nextExpectedVersion,
        duplicate: true,
        state: fold(decider.initialState, now.map(toDomainEvent<TEvent>)),
      };
    }
    return { events, version: result.nextExpectedVersion, duplicate: false, state: fold(state, events) };
  }
}

function toDomainEvent<TEvent extends DomainEvent>(event: StoredEvent): TEvent {
  return { type: event.type, data: event.data } as TEvent;
}
