import type { GlobalPosition } from './position';

/**
 * What the writer expects the stream to look like before its append.
 * - a number: the version of the stream's last event (versions start at 0, so `-1` is the same as `'no_stream'`);
 * - `'no_stream'`: the stream must not exist yet;
 * - `'stream_exists'`: the stream must have at least one event;
 * - `'any'`: no check (still atomic: concurrent appends to one stream are serialised).
 */
export type ExpectedVersion = number | 'no_stream' | 'stream_exists' | 'any';

/** Who did what, and why: carried by every event and never containing personal data. */
export type EventMetadata = Readonly<{
  /** Id of the command that produced the event; a repeated command id appends nothing. */
  commandId?: string;
  /** Id shared by everything that followed from one user action. */
  correlationId?: string;
  /** Id of the command or event that directly caused this one. */
  causationId?: string;
  /** Pseudonymous id of the actor (user id, `system:<process>`), never a name. */
  actorId?: string;
  /** When the fact happened in the domain (ISO 8601), as opposed to when it was recorded. */
  occurredAt: string;
}>;

/** An event as a writer hands it to the store. */
export type NewEvent<TType extends string = string, TData = unknown> = Readonly<{
  type: TType;
  data: TData;
  metadata: EventMetadata;
  /** Defaults to a random UUID. */
  eventId?: string;
  /** Defaults to the newest schema version the store knows for this type (see upcasters). */
  schemaVersion?: number;
}>;

/** An event as the store returns it, upcast to the newest schema version of its type. */
export type StoredEvent<TType extends string = string, TData = unknown> = Readonly<{
  eventId: string;
  type: TType;
  data: TData;
  metadata: EventMetadata;
  streamId: string;
  /** 0-based position of the event in its stream. */
  streamVersion: number;
  /** Position in the global log; totally ordered, see `comparePositions`. */
  position: GlobalPosition;
  /** Schema version after upcasting (the version it was written with is not exposed). */
  schemaVersion: number;
  recordedAt: Date;
}>;

export type AppendOptions = Readonly<{ expectedVersion: ExpectedVersion }>;

export type AppendResult = Readonly<{
  streamId: string;
  /** Version of the stream's last event after the append: pass it as the next `expectedVersion`. */
  nextExpectedVersion: number;
  /** Global position of the last appended event. */
  position: GlobalPosition;
  /** True when the command id was already stored: nothing was written and this is the first result. */
  duplicate: boolean;
}>;

export type ReadStreamOptions = Readonly<{
  /** First version to return (inclusive), default 0. */
  fromVersion?: number;
  /** At most this many events, default all. */
  maxCount?: number;
}>;

export type SubscribeOptions = Readonly<{
  /** Start after this position (exclusive); `START` for the whole log. */
  from: GlobalPosition;
  /** Largest batch handed to the consumer, default 500. */
  batchSize?: number;
}>;

/**
 * A catch-up subscription to the whole log: batches of events in global order, first the history after
 * `from`, then live events as they are committed. Iterate with `for await`; the next batch is read only
 * when the consumer asks for it, so a slow consumer is never flooded.
 */
export type Subscription = AsyncIterable<readonly StoredEvent[]> & {
  /** Ends the iteration; a pending `next()` resolves with `done`. */
  close(): Promise<void>;
};

export type HeadOfLog = Readonly<{ position: GlobalPosition; recordedAt: Date }>;

/** The event store port. Adapters: PostgreSQL (default) and KurrentDB. */
export type EventStore = {
  /**
   * Appends events atomically to one stream if its version matches `expectedVersion`, or throws
   * `WrongExpectedVersionError`. When the events carry a `metadata.commandId` that an earlier append
   * stored, nothing is written and that append's result comes back with `duplicate: true`.
   */
  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** The stream's events in order; `[]` for a stream that does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Up to `limit` events strictly after `from`, in global order, never skipping a committed event. */
  readAll(from: GlobalPosition, limit: number): Promise<StoredEvent[]>;
  /** See `Subscription`. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  /**
   * Position and time of the newest committed event, `null` for an empty log: a reader past it has read
   * everything committed before the call. Readers may reach it a moment later (PostgreSQL: once the
   * transactions running beside it end), so it is a target to wait for, not a place to start reading from.
   */
  head(): Promise<HeadOfLog | null>;
  /** Releases connections. Open subscriptions end. */
  close(): Promise<void>;
};
