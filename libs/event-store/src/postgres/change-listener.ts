import { Client, type PoolConfig } from 'pg';

const RECONNECT_MAX_MS = 5_000;

/**
 * One LISTEN connection shared by every subscription of a store. Each notification bumps a generation
 * counter; a subscription remembers the generation it saw before reading, so a notification that arrives
 * while it reads is never lost. After a reconnect everyone is woken, since notifications may have been missed.
 */
export class ChangeListener {
  private generation = 0;
  private readonly waiters = new Set<() => void>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;
  private reconnectDelay = 100;

  constructor(
    private readonly connection: PoolConfig,
    private readonly channel: string,
  ) {}

  /** The current generation; pass it to `waitForChange`. Starts listening on first use. */
  current(): number {
    void this.ensureListening();
    return this.generation;
  }

  /** Resolves when a change newer than `seen` arrives, after `timeoutMs`, or when the listener closes. */
  waitForChange(seen: number, timeoutMs: number): Promise<void> {
    if (this.generation !== seen || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  /** Wakes every waiter (used when a subscription closes, or after a reconnect). */
  wakeAll(): void {
    this.generation += 1;
    for (const wake of [...this.waiters]) wake();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private ensureListening(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ ...this.connection, application_name: 'event-store-listener' });
    client.on('notification', () => this.wakeAll());
    client.on('error', () => this.dropAndReconnect(client));
    client.on('end', () => this.dropAndReconnect(client));
    try {
      await client.connect();
      await client.query(`listen ${this.channel}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      this.reconnectDelay = 100;
      this.wakeAll();
    } catch {
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
    }
  }

  private dropAndReconnect(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
    setTimeout(() => void this.ensureListening(), delay).unref();
  }
}
