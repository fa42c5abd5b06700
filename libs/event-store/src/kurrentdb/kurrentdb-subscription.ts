import type { AllStreamResolvedEvent, AllStreamSubscription, KurrentDBClient } from '@kurrent/kurrentdb-client';
import { comparePositions } from '../position';
import type { StoredEvent, SubscribeOptions, Subscription } from '../types';
import { toReadPosition, USER_STREAMS } from './kurrentdb-streams';

/**
 * Catch-up subscription on KurrentDB's own `subscribeToAll`. The client's readable is consumed in paused mode:
 * it buffers at most `batchSize` events and gRPC flow control holds the rest at the server.
 */
export class KurrentDbSubscription implements Subscription {
  private closed = false;
  private source: AllStreamSubscription | undefined;
  private wake: () => void = () => undefined;

  constructor(
    private readonly client: KurrentDBClient,
    private readonly options: SubscribeOptions,
    private readonly toVisibleEvent: (resolved: AllStreamResolvedEvent) => StoredEvent | undefined,
    private readonly onClose: () => void,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<readonly StoredEvent[]> {
    if (this.closed) return;
    const { from } = this.options;
    const batchSize = this.options.batchSize ?? 500;
    const source = this.client.subscribeToAll({ fromPosition: toReadPosition(from), filter: USER_STREAMS }, { highWaterMark: batchSize });
    this.source = source;
    let failure: Error | undefined;
    let ended = false;
    source.on('readable', () => this.wake());
    source.on('error', (error) => {
      failure = error;
      this.wake();
    });
    source.on('end', () => {
      ended = true;
      this.wake();
    });
    try {
      while (!this.closed) {
        // Hand over what has arrived, up to a batch, rather than waiting for a full one.
        const batch: StoredEvent[] = [];
        while (batch.length < batchSize) {
          const resolved = source.read() as AllStreamResolvedEvent | null;
          if (resolved === null) break;
          const event = this.toVisibleEvent(resolved);
          if (event && comparePositions(event.position, from) > 0) batch.push(event);
        }
        if (batch.length > 0) {
          yield batch;
          continue;
        }
        if (failure) throw failure;
        if (ended || this.closed) return;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wake();
    this.onClose();
    if (this.source) {
      // A subscription that never connected has already reported why through 'error'; closing it is not a failure.
      await this.source.unsubscribe().catch(() => undefined);
      this.source.destroy();
    }
  }
}
