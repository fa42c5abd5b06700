import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { CommandIdReusedError, EventStoreInputError, WrongExpectedVersionError } from '../errors';
import type { GlobalPosition } from '../position';
import type {
  AppendOptions,
  AppendResult,
  EventMetadata,
  EventStore,
  HeadOfLog,
  NewEvent,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
  Subscription,
} from '../types';
import { type Upcaster, UpcasterChain } from '../upcasters';
import { prepareAppend } from '../validation';
import { ChangeListener } from './change-listener';
import { migrateEventStore } from './migrations';
import { PostgresSubscription } from './postgres-subscription';

export type PostgresEventStoreOptions = Readonly<{
  /** A PostgreSQL URL; or pass `pool` to share one. */
  connectionString?: string;
  pool?: Pool;
  /** Schema holding the store's tables, default `event_store`. */
  schema?: string;
  upcasters?: readonly Upcaster[];
  /** Size of the pool the store creates for itself, default 10. */
  poolSize?: number;
}>;

type EventRow = {
  commit: string;
  prepare: string;
  stream_id: string;
  stream_version: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  recorded_at: Date;
};

const EVENT_COLUMNS = `transaction_id::text as commit, global_position::text as prepare, stream_id, stream_version,
  event_id::text, type, schema_version, data, metadata, recorded_at`;

/** Events on PostgreSQL: the default adapter (see docs/event-store.md for the ordering scheme). */
export class PostgresEventStore implements EventStore {
  private readonly listener: ChangeListener;
  private readonly subscriptions = new Set<PostgresSubscription>();
  private closed = false;
  private notifying = false;
  private notifyAgain = false;

  private constructor(
    private readonly pool: Pool,
    private readonly ownsPool: boolean,
    private readonly schema: string,
    private readonly upcasters: UpcasterChain,
    connection: PoolConfig,
  ) {
    this.listener = new ChangeListener(connection, 'event_store_appended');
  }

  /** Connects, applies the store's migrations and returns a ready store. */
  static async create(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const schema = options.schema ?? 'event_store';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new EventStoreInputError(`Event store schema must be a lower-case SQL identifier, got "${schema}"`);
    }
    if (!options.pool && !options.connectionString) {
      throw new EventStoreInputError('PostgresEventStore needs a connectionString or a pool');
    }
    const pool = options.pool ?? new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
    // An idle connection that the server closes (restart, failover) is dropped by the pool; without a
    // listener the error would crash the process.
    if (!options.pool) pool.on('error', () => undefined);
    const connection: PoolConfig = options.pool ? options.pool.options : { connectionString: options.connectionString };
    try {
      await migrateEventStore(pool, schema);
    } catch (error) {
      if (!options.pool) await pool.end();
      throw error;
    }
    return new PostgresEventStore(pool, !options.pool, schema, new UpcasterChain(options.upcasters), connection);
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    // A checked-out client, released without the error: `pool.query` would close the connection on every
    // refused append (a version conflict is an ordinary outcome here, not a broken connection).
    const client = await this.pool.connect();
    let result: AppendResult;
    try {
      result = await this.append(client, streamId, events, options, false);
      client.release();
    } catch (error) {
      // Keep the connection when the server refused the append; drop it when the connection itself failed.
      client.release(error instanceof EventStoreInputError || isServerRefusal(error) ? undefined : (error as Error));
      throw error;
    }
    if (!result.duplicate) this.notifyAppended();
    return result;
  }

  /**
   * Appends inside a transaction the caller opened on `client`, for writes that must commit together with
   * other rows of the same database. Subscribers are notified when that transaction commits.
   */
  async appendInTransaction(
    client: PoolClient,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.assertOpen();
    return this.append(client, streamId, events, options, true);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    const { rows } = await this.pool.query<EventRow>(
      `select ${EVENT_COLUMNS} from ${this.schema}.events
        where stream_id = $1 and stream_version >= $2
        order by stream_version limit $3`,
      [streamId, options.fromVersion ?? 0, options.maxCount ?? null],
    );
    return rows.map((row) => this.toStoredEvent(row));
  }

  async readAll(from: GlobalPosition, limit: number): Promise<StoredEvent[]> {
    this.assertOpen();
    if (!Number.isInteger(limit) || limit < 1) throw new EventStoreInputError(`readAll limit must be a positive integer, got ${limit}`);
    // Only transactions older than every running one are read: a transaction that took a lower sequence
    // number but commits later has a lower id, so it is either already visible or still below the horizon.
    const { rows } = await this.pool.query<EventRow>(
      `select ${EVENT_COLUMNS} from ${this.schema}.events
        where (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
          and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        order by transaction_id, global_position
        limit $3`,
      [from.commit.toString(), from.prepare.toString(), limit],
    );
    return rows.map((row) => this.toStoredEvent(row));
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    this.assertOpen();
    const subscription = new PostgresSubscription(this, this.listener, options, () => this.subscriptions.delete(subscription));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async head(): Promise<HeadOfLog | null> {
    this.assertOpen();
    // Every committed event, also those above the reading horizon: a reader that has passed this position
    // has read everything committed before the call (waiting at it for the running transactions to end).
    const { rows } = await this.pool.query<{ commit: string; prepare: string; recorded_at: Date }>(
      `select transaction_id::text as commit, global_position::text as prepare, recorded_at from ${this.schema}.events
        order by transaction_id desc, global_position desc limit 1`,
    );
    const row = rows[0];
    return row ? { position: { commit: BigInt(row.commit), prepare: BigInt(row.prepare) }, recordedAt: row.recorded_at } : null;
  }

  /** True when events after `position` are committed, whether or not readers may see them yet. */
  async hasEventsAfter(position: GlobalPosition): Promise<boolean> {
    const { rows } = await this.pool.query<{ exists: boolean }>(
      `select exists (select 1 from ${this.schema}.events where (transaction_id, global_position) > ($1::text::xid8, $2::bigint))`,
      [position.commit.toString(), position.prepare.toString()],
    );
    return rows[0].exists;
  }

  /** Runs `work` in a transaction on a pooled connection (tests use it to hold transactions open). */
  async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }

  get schemaName(): string {
    return this.schema;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.listener.close();
    if (this.ownsPool) await this.pool.end();
  }

  private async append(
    queryable: Pool | PoolClient,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
    notifyInTransaction: boolean,
  ): Promise<AppendResult> {
    const { expectedVersion } = options;
    const { events: prepared, commandId } = prepareAppend(streamId, events, expectedVersion, this.upcasters);
    const payload = JSON.stringify(prepared);
    // JSON writes U+0000 as \u0000; a backslash typed by the user doubles to \\, so count the backslashes.
    if (/(^|[^\\])(\\\\)*\\u0000/.test(payload)) {
      throw new EventStoreInputError(
        `An event for "${streamId}" contains the character U+0000, which PostgreSQL cannot store in JSON; remove it`,
      );
    }
    const [kind, version] =
      typeof expectedVersion === 'number' ? (['exact', expectedVersion] as const) : ([expectedVersion, null] as const);
    try {
      const { rows } = await queryable.query<{
        next_expected_version: string;
        commit_position: string | null;
        prepare_position: string | null;
        duplicate: boolean;
      }>(`select * from ${this.schema}.append_to_stream($1, $2, $3, $4, $5::jsonb, $6)`, [
        streamId,
        kind,
        version,
        commandId ?? null,
        payload,
        notifyInTransaction,
      ]);
      const row = rows[0];
      return {
        streamId,
        nextExpectedVersion: Number(row.next_expected_version),
        position: { commit: BigInt(row.commit_position ?? 0), prepare: BigInt(row.prepare_position ?? 0) },
        duplicate: row.duplicate,
      };
    } catch (error) {
      throw this.translate(error, streamId, options, commandId);
    }
  }

  /**
   * Wakes subscribers (in every process) after a commit. Notifications are coalesced: while one is in flight,
   * further appends only ask for one more, so a burst of appends costs a handful of NOTIFYs, not one each.
   */
  private notifyAppended(): void {
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = true;
    this.pool
      .query(`select pg_notify('event_store_appended', '')`)
      .catch(() => undefined) // subscribers also re-check on a timer
      .finally(() => {
        this.notifying = false;
        if (this.notifyAgain && !this.closed) {
          this.notifyAgain = false;
          this.notifyAppended();
        }
      });
  }

  private toStoredEvent(row: EventRow): StoredEvent {
    const { data, schemaVersion } = this.upcasters.upcast(row.type, row.schema_version, row.data);
    return {
      eventId: row.event_id,
      type: row.type,
      data,
      metadata: row.metadata,
      streamId: row.stream_id,
      streamVersion: Number(row.stream_version),
      position: { commit: BigInt(row.commit), prepare: BigInt(row.prepare) },
      schemaVersion,
      recordedAt: row.recorded_at,
    };
  }

  private translate(error: unknown, streamId: string, options: AppendOptions, commandId: string | undefined): unknown {
    const pgError = error as { code?: string; detail?: string; constraint?: string };
    if (pgError.code === 'ES409') {
      const actual = Number((JSON.parse(pgError.detail ?? '{}') as { actual?: unknown }).actual);
      return new WrongExpectedVersionError(streamId, options.expectedVersion, actual === -1 ? 'no_stream' : actual);
    }
    if (pgError.code === 'ES400') {
      return new CommandIdReusedError(
        commandId ?? '',
        (JSON.parse(pgError.detail ?? '{}') as { firstStreamId: string }).firstStreamId,
        streamId,
      );
    }
    if (pgError.code === '23505' && pgError.constraint === 'events_event_id_key') {
      return new EventStoreInputError(`An event id of this append to "${streamId}" is already stored; event ids must be unique`);
    }
    return error;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event store is closed');
  }
}

/** A domain refusal raised by `append_to_stream`, translated to the store's own errors. */
function isServerRefusal(error: unknown): boolean {
  return error instanceof WrongExpectedVersionError || error instanceof CommandIdReusedError;
}
