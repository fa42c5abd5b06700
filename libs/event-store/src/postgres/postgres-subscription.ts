import type { GlobalPosition } from '../position';
import type { StoredEvent, SubscribeOptions, Subscription } from '../types';
import type { ChangeListener } from './change-listener';
import type { PostgresEventStore } from './postgres-event-store';

/** With nothing committed beyond what was read, wait this long for a notification before looking anyway. */
const IDLE_RECHECK_MS = 10_000;
/** Committed events held back by an older open transaction: re-read with a backoff up to this. */
const HELD_BACK_MAX_MS = 500;

/** Catch-up subscription: reads history in batches, then wakes on NOTIFY instead of polling. */
export class PostgresSubscription implements Subscription {
  private closed = false;
  private position: GlobalPosition;
  private readonly batchSize: number;

  constructor(
    private readonly store: PostgresEventStore,
    private readonly listener: ChangeListener,
    options: SubscribeOptions,
    private readonly onClose: () => void,
  ) {
    this.position = options.from;
    this.batchSize = options.batchSize ?? 500;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<readonly StoredEvent[]> {
    let heldBackDelay = 0;
    try {
      while (!this.closed) {
        const seen = this.listener.current();
        const batch = await this.store.readAll(this.position, this.batchSize);
        if (this.closed) return;
        if (batch.length > 0) {
          heldBackDelay = 0;
          this.position = batch[batch.length - 1].position;
          yield batch;
          continue;
        }
        if (await this.store.hasEventsAfter(this.position)) {
          // Committed, but a transaction that started earlier is still open: its events may come first.
          heldBackDelay = Math.min(Math.max(heldBackDelay * 2, 5), HELD_BACK_MAX_MS);
          await this.listener.waitForChange(seen, heldBackDelay);
        } else {
          heldBackDelay = 0;
          await this.listener.waitForChange(seen, IDLE_RECHECK_MS);
        }
      }
    } finally {
      this.closed = true;
      this.onClose();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    this.listener.wakeAll();
  }
}
