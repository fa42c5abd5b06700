import { randomUUID } from 'node:crypto';
import {
  type AppendOptions,
  type AppendResult,
  CommandIdReusedError,
  type EventStore,
  type GlobalPosition,
  type NewEvent,
  type StoredEvent,
  WrongExpectedVersionError,
} from '@app/event-store';

/**
 * The event store's write path in memory, for handler unit specs: streams, expected versions and command
 * ids as the real stores treat them (the contract suite checks the real ones; the specs that use this store check
 * what they rely on of it). Reading the log, subscribing
 * and the head are not needed by command handlers and are refused.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streamOfCommand = new Map<string, string>();

  async appendToStream(streamId: string, events: readonly NewEvent[], { expectedVersion }: AppendOptions): Promise<AppendResult> {
    const current = this.log.filter((event) => event.streamId === streamId);
    const version = current.length - 1;
    const commandId = events[0]?.metadata.commandId;
    const first = commandId === undefined ? undefined : this.streamOfCommand.get(commandId);
    if (commandId !== undefined && first !== undefined) {
      if (first !== streamId) throw new CommandIdReusedError(commandId, first, streamId);
      return { streamId, nextExpectedVersion: version, position: this.position(), duplicate: true };
    }
    const fits =
      expectedVersion === 'any' ||
      (expectedVersion === 'no_stream' && version === -1) ||
      (expectedVersion === 'stream_exists' && version >= 0) ||
      expectedVersion === version;
    if (!fits) throw new WrongExpectedVersionError(streamId, expectedVersion, version === -1 ? 'no_stream' : version);
    for (const [index, event] of events.entries()) {
      this.log.push({
        eventId: event.eventId ?? randomUUID(),
        type: event.type,
        data: structuredClone(event.data),
        metadata: event.metadata,
        streamId,
        streamVersion: version + 1 + index,
        position: { commit: BigInt(this.log.length + 1), prepare: BigInt(this.log.length + 1) },
        schemaVersion: event.schemaVersion ?? 1,
        recordedAt: new Date(),
      });
    }
    if (commandId !== undefined) this.streamOfCommand.set(commandId, streamId);
    return { streamId, nextExpectedVersion: version + events.length, position: this.position(), duplicate: false };
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    return this.log.filter((event) => event.streamId === streamId);
  }

  readAll(): never {
    throw new Error('InMemoryEventStore.readAll: not needed by command handlers');
  }

  subscribeToAll(): never {
    throw new Error('InMemoryEventStore.subscribeToAll: not needed by command handlers');
  }

  head(): never {
    throw new Error('InMemoryEventStore.head: not needed by command handlers');
  }

  async close(): Promise<void> {}

  private position(): GlobalPosition {
    return { commit: BigInt(this.log.length), prepare: BigInt(this.log.length) };
  }
}
