import {
  ANY,
  type AllStreamResolvedEvent,
  type AppendStreamState,
  BACKWARDS,
  END as FROM_END,
  type JSONType,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  type RecordedEvent,
  STREAM_EXISTS,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { EventStoreInputError, WrongExpectedVersionError } from '../errors';
import { comparePositions, type GlobalPosition, START } from '../position';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedVersion,
  HeadOfLog,
  NewEvent,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
  Subscription,
} from '../types';
import { type Upcaster, UpcasterChain } from '../upcasters';
import { type PreparedEvent, prepareAppend } from '../validation';
import { commandEventId, KurrentDbCommandLog } from './kurrentdb-command-log';
import { isVisible, readEvents, toReadPosition, USER_STREAMS } from './kurrentdb-streams';
import { KurrentDbSubscription } from './kurrentdb-subscription';

export type KurrentDbEventStoreOptions = Readonly<{
  /** A KurrentDB connection string, e.g. `kurrentdb://localhost:2113?tls=false`. */
  connectionString: string;
  upcasters?: readonly Upcaster[];
}>;

type Written = { nextExpectedVersion: number; position: GlobalPosition | undefined };

/**
 * Events on KurrentDB. Idempotent commands, and their limits:
 * - The first successful append of a command writes `command-<commandId>` (expected state `no_stream`), holding
 *   its result; a repeat finds it before writing, so a stale `expectedVersion` or another stream cannot matter.
 * - Events of a command get ids derived from the command id, so KurrentDB itself acknowledges an identical
 *   retry without writing again (guaranteed for an exact expected version, best effort for `any`), and a
 *   repeat rejected for its version is recognised by finding those ids where it expected to write.
 * - Of concurrent repeats, the one whose record lands first reports `duplicate: false`, the others its result.
 * - Not atomic like the PostgreSQL adapter: after a crash between the append and the record, a repeat that
 *   KurrentDB acknowledges as idempotent writes nothing but reports `duplicate: false` (with `any` and ids the
 *   server no longer remembers it writes again), and one command id sent concurrently to two streams can write
 *   to both before one of them gets `CommandIdReusedError`.
 * - User streams named `command-…` are hidden from `readAll`, `subscribeToAll` and `head`.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly subscriptions = new Set<KurrentDbSubscription>();
  private closed = false;
  private readonly commands: KurrentDbCommandLog;

  private constructor(
    private readonly client: KurrentDBClient,
    private readonly upcasters: UpcasterChain,
  ) {
    this.commands = new KurrentDbCommandLog(client);
  }

  /** Builds a client from the connection string; it connects on first use. */
  static async create(options: KurrentDbEventStoreOptions): Promise<KurrentDbEventStore> {
    if (!options.connectionString) throw new EventStoreInputError('KurrentDbEventStore needs a connectionString');
    const upcasters = new UpcasterChain(options.upcasters);
    return new KurrentDbEventStore(KurrentDBClient.connectionString(options.connectionString), upcasters);
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const { expectedVersion } = options;
    const { events: prepared, commandId } = prepareAppend(streamId, events, expectedVersion, this.upcasters);
    if (commandId === undefined) {
      const written = await this.write(streamId, prepared, expectedVersion);
      return { streamId, nextExpectedVersion: written.nextExpectedVersion, position: written.position ?? START, duplicate: false };
    }

    const duplicate = await this.commands.find(commandId, streamId);
    if (duplicate) return duplicate;
    // Ids the caller chose are kept, as the PostgreSQL adapter does; the rest are derived from the command.
    const withIds = prepared.map((event, index) => ({ ...event, eventId: events[index].eventId ?? commandEventId(commandId, index) }));
    let written: Written;
    try {
      written = await this.write(streamId, withIds, expectedVersion);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // Not recorded here: the append that wrote these events is the one that records and reports `false`.
      const earlier = await this.findEarlierAppend(streamId, withIds, expectedVersion);
      if (!earlier) throw error;
      return earlier;
    }
    // An idempotent acknowledgement comes without a position: take it from the stored event.
    const position =
      written.position ?? (await readEvents(this.client, streamId, BigInt(written.nextExpectedVersion), 1))[0]?.position ?? START;
    return this.commands.record(commandId, { streamId, nextExpectedVersion: written.nextExpectedVersion, position, duplicate: false });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const recorded = await readEvents(this.client, streamId, BigInt(Math.max(options.fromVersion ?? 0, 0)), options.maxCount);
    return recorded.map((event) => this.toStoredEvent(event));
  }

  async readAll(from: GlobalPosition, limit: number): Promise<StoredEvent[]> {
    this.assertOpen();
    if (!Number.isInteger(limit) || limit < 1) throw new EventStoreInputError(`readAll limit must be a positive integer, got ${limit}`);
    const events: StoredEvent[] = [];
    // KurrentDB reads from a position inclusively: one more than asked, then the event at `from` is skipped.
    const read = this.client.readAll({ fromPosition: toReadPosition(from), filter: USER_STREAMS, maxCount: limit + 1 });
    for await (const resolved of read) {
      const event = this.toVisibleEvent(resolved);
      if (event && comparePositions(event.position, from) > 0) events.push(event);
      if (events.length === limit) break;
    }
    return events;
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    this.assertOpen();
    const subscription = new KurrentDbSubscription(
      this.client,
      options,
      (resolved) => this.toVisibleEvent(resolved),
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async head(): Promise<HeadOfLog | null> {
    this.assertOpen();
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: FROM_END, filter: USER_STREAMS, maxCount: 100 });
    for await (const { event } of read) {
      if (event && isVisible(event)) return { position: event.position, recordedAt: event.created };
    }
    return null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  private async write(streamId: string, events: readonly PreparedEvent[], expectedVersion: ExpectedVersion): Promise<Written> {
    const data = events.map((event) =>
      jsonEvent({
        id: event.eventId,
        type: event.type,
        // The client serialises with JSON.stringify, so any JSON value works despite its narrower type.
        data: event.data as JSONType,
        metadata: { ...event.metadata, schemaVersion: event.schemaVersion },
      }),
    );
    try {
      const result = await this.client.appendToStream(streamId, data, { streamState: toStreamState(expectedVersion) });
      const position = result.position && result.position.commit >= 0n ? result.position : undefined;
      return { nextExpectedVersion: Number(result.nextExpectedRevision), position };
    } catch (error) {
      if (!(error instanceof KurrentWrongExpectedVersionError)) throw error;
      const actual = error.actualState === NO_STREAM || error.actualState < 0n ? 'no_stream' : Number(error.actualState);
      throw new WrongExpectedVersionError(streamId, expectedVersion, actual);
    }
  }

  /** The result of an earlier append of these very events, if they sit where this append expected to write. */
  private async findEarlierAppend(
    streamId: string,
    events: readonly PreparedEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult | undefined> {
    // Only an exact expectation says where the events would be ('stream_exists' fails only on a missing stream).
    const first = expectedVersion === 'no_stream' ? 0 : typeof expectedVersion === 'number' ? expectedVersion + 1 : undefined;
    if (first === undefined) return undefined;
    const found = await readEvents(this.client, streamId, BigInt(first), events.length);
    if (found.length !== events.length || found.some((event, index) => event.id !== events[index].eventId)) return undefined;
    const last = found[found.length - 1];
    return { streamId, nextExpectedVersion: Number(last.revision), position: last.position ?? START, duplicate: true };
  }

  private toVisibleEvent(resolved: AllStreamResolvedEvent): StoredEvent | undefined {
    return resolved.event && isVisible(resolved.event) ? this.toStoredEvent(resolved.event) : undefined;
  }

  private toStoredEvent(event: RecordedEvent): StoredEvent {
    const { schemaVersion: written, ...metadata } = isRecord(event.metadata) ? event.metadata : {};
    const { data, schemaVersion } = this.upcasters.upcast(event.type, typeof written === 'number' ? written : 1, event.data);
    return {
      eventId: event.id,
      type: event.type,
      data,
      // Events written by other tools may lack our metadata; the record time is the best guess at occurredAt.
      metadata: { occurredAt: event.created.toISOString(), ...metadata },
      streamId: event.streamId,
      streamVersion: Number(event.revision),
      position: event.position ?? START,
      schemaVersion,
      recordedAt: event.created,
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event store is closed');
  }
}

function toStreamState(expectedVersion: ExpectedVersion): AppendStreamState {
  if (expectedVersion === 'no_stream' || expectedVersion === -1) return NO_STREAM;
  if (expectedVersion === 'stream_exists') return STREAM_EXISTS;
  if (expectedVersion === 'any') return ANY;
  return BigInt(expectedVersion);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
