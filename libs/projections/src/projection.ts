import type { StoredEvent } from '@app/event-store';
import type { EntityManager } from 'typeorm';

/**
 * A read model kept up to date from the event log. `apply` receives the events of one batch, in log order,
 * already filtered to `eventTypes`, and writes through `manager`, whose transaction also moves the
 * projection's checkpoint: a batch is applied entirely or not at all.
 */
export type Projection = Readonly<{
  /** Stable name; the checkpoint is stored under it. */
  name: string;
  /** Event types the projection reads; others only advance its checkpoint. */
  eventTypes: ReadonlySet<string>;
  /** Writes the batch's effect. Should be idempotent and use set-based SQL, not a round trip per row. */
  apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void>;
  /** Empties the read model, before a rebuild from position 0. */
  clear(manager: EntityManager): Promise<void>;
}>;
