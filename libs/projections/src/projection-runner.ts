import {
  comparePositions,
  type EventStore,
  formatPosition,
  type GlobalPosition,
  type StoredEvent,
  type Subscription,
} from '@app/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import type { Projection } from './projection';

export type ProjectionStatus = Readonly<{
  name: string;
  /** Position of the last applied event, `"<commit>/<prepare>"`. */
  checkpoint: string;
  eventsApplied: number;
  /** The checkpoint is at the head of the log. */
  caughtUp: boolean;
  /** How far behind the head the projection is, by the recording time of events; 0 when caught up. */
  lagSeconds: number;
  running: boolean;
  /** Why the last batch failed, if it did; the projection retries from its checkpoint. */
  lastError: string | null;
}>;

export type ProjectionRunnerOptions = Readonly<{
  batchSize?: number;
  log?: (message: string) => void;
}>;

type Checkpoint = Readonly<{ position: GlobalPosition; eventsApplied: number; lastEventRecordedAt: Date | null }>;

type Worker = {
  readonly projection: Projection;
  stopped: boolean;
  subscription: Subscription | undefined;
  loop: Promise<void> | undefined;
  lastError: string | null;
  /** Ends a pause early (set while the loop waits before a retry). */
  wake?: () => void;
  /** The current run; a loop of an earlier run ends as soon as it notices. */
  run?: symbol;
};

/** Thrown inside a batch when the stored checkpoint is not where this worker thought it was. */
class CheckpointMoved extends Error {}

const RETRY_MAX_MS = 30_000;

/**
 * Runs projections: each follows the log from its own checkpoint and applies batches in one transaction
 * with the checkpoint update, so a crash mid-batch leaves the read model exactly as it was before the batch.
 * Several runners may run at once (two API instances): the checkpoint row is locked for each batch, and a
 * runner that finds it moved (by another runner, or a rebuild) restarts from the stored position.
 */
export class ProjectionRunner {
  private readonly workers = new Map<string, Worker>();
  private readonly batchSize: number;
  private readonly log: (message: string) => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    projections: readonly Projection[],
    options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.log = options.log ?? (() => undefined);
    for (const projection of projections) {
      if (this.workers.has(projection.name)) throw new Error(`Two projections are named "${projection.name}"`);
      this.workers.set(projection.name, { projection, stopped: true, subscription: undefined, loop: undefined, lastError: null });
    }
  }

  get names(): string[] {
    return [...this.workers.keys()];
  }

  /** Starts every projection from its checkpoint (creating checkpoints at 0/0 for new ones). */
  async start(): Promise<void> {
    await this.ensureCheckpoints();
    for (const worker of this.workers.values()) this.startWorker(worker);
  }

  /** Stops after the batch in flight commits or rolls back. */
  async stop(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => this.stopWorker(worker)));
  }

  /**
   * Empties the projection's read model and replays the log from position 0. Resolves once it has caught
   * up with the head the log had when the rebuild began; `onProgress` gets the events applied so far.
   */
  async rebuild(name: string, onProgress?: (status: ProjectionStatus) => void): Promise<void> {
    const worker = this.worker(name);
    const wasRunning = !worker.stopped;
    await this.stopWorker(worker);
    await this.ensureCheckpoints();
    await this.dataSource.transaction(async (manager) => {
      await manager.query('select 1 from projection_checkpoints where name = $1 for update', [name]);
      await worker.projection.clear(manager);
      await manager.query(
        `update projection_checkpoints
            set commit_position = 0, prepare_position = 0, events_applied = 0, last_event_recorded_at = null, updated_at = now()
          where name = $1`,
        [name],
      );
    });
    this.log(`projection ${name}: cleared, replaying from 0/0`);
    const head = await this.store.head();
    this.startWorker(worker);
    try {
      if (head) await this.waitFor(name, head.position, onProgress);
    } finally {
      if (!wasRunning) await this.stopWorker(worker);
    }
  }

  /** Resolves when every projection has applied the log up to its head at the time of the call. */
  async waitUntilCaughtUp(timeoutMs = 60_000): Promise<void> {
    const head = await this.store.head();
    if (!head) return;
    const deadline = Date.now() + timeoutMs;
    await Promise.all(this.names.map((name) => this.waitFor(name, head.position, undefined, deadline)));
  }

  async status(): Promise<ProjectionStatus[]> {
    const [checkpoints, head] = await Promise.all([this.readCheckpoints(), this.store.head()]);
    return this.names.map((name) => {
      const worker = this.worker(name);
      const checkpoint = checkpoints.get(name) ?? { position: { commit: 0n, prepare: 0n }, eventsApplied: 0, lastEventRecordedAt: null };
      const caughtUp = !head || comparePositions(checkpoint.position, head.position) >= 0;
      const behindSince = checkpoint.lastEventRecordedAt?.getTime() ?? head?.recordedAt.getTime() ?? 0;
      return {
        name,
        checkpoint: formatPosition(checkpoint.position),
        eventsApplied: checkpoint.eventsApplied,
        caughtUp,
        lagSeconds: caughtUp || !head ? 0 : Math.max(0, (head.recordedAt.getTime() - behindSince) / 1000),
        running: !worker.stopped,
        lastError: worker.lastError,
      };
    });
  }

  private startWorker(worker: Worker): void {
    if (!worker.stopped) return;
    worker.stopped = false;
    // A loop still winding down from a stop sees it is no longer current and ends; the new one starts after it.
    const run = Symbol('run');
    worker.run = run;
    const previous = worker.loop ?? Promise.resolve();
    worker.loop = previous.then(() => this.run(worker, run));
  }

  /** Waits, unless the worker is stopped meanwhile (so stop() never waits out a retry delay). */
  private pause(worker: Worker, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      worker.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async stopWorker(worker: Worker): Promise<void> {
    worker.stopped = true;
    worker.wake?.();
    await worker.subscription?.close();
    await worker.loop;
    worker.loop = undefined;
  }

  private async run(worker: Worker, run: symbol): Promise<void> {
    const { name } = worker.projection;
    let retryDelay = 500;
    const current = (): boolean => !worker.stopped && worker.run === run;
    while (current()) {
      try {
        const checkpoint = (await this.readCheckpoints()).get(name);
        let position = checkpoint?.position ?? { commit: 0n, prepare: 0n };
        worker.subscription = this.store.subscribeToAll({ from: position, batchSize: this.batchSize });
        for await (const batch of worker.subscription) {
          await this.applyBatch(worker.projection, position, batch);
          position = batch[batch.length - 1].position;
          worker.lastError = null;
          retryDelay = 500;
        }
      } catch (error) {
        await worker.subscription?.close();
        if (!current()) break;
        if (error instanceof CheckpointMoved) {
          await this.pause(worker, 20);
          continue;
        }
        worker.lastError = error instanceof Error ? error.message : String(error);
        this.log(`projection ${name}: batch failed, retrying from its checkpoint in ${retryDelay} ms: ${worker.lastError}`);
        await this.pause(worker, retryDelay);
        retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
      }
    }
  }

  private async applyBatch(projection: Projection, expected: GlobalPosition, batch: readonly StoredEvent[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const stored = await this.lockCheckpoint(manager, projection.name);
      if (comparePositions(stored, expected) !== 0) throw new CheckpointMoved();
      const relevant = batch.filter((event) => projection.eventTypes.has(event.type));
      if (relevant.length > 0) await projection.apply(relevant, manager);
      const last = batch[batch.length - 1];
      await manager.query(
        `update projection_checkpoints
            set commit_position = $2, prepare_position = $3, events_applied = events_applied + $4,
                last_event_recorded_at = $5, updated_at = now()
          where name = $1`,
        [projection.name, last.position.commit.toString(), last.position.prepare.toString(), relevant.length, last.recordedAt],
      );
    });
  }

  private async waitFor(
    name: string,
    target: GlobalPosition,
    onProgress?: (status: ProjectionStatus) => void,
    deadline = Number.POSITIVE_INFINITY,
  ): Promise<void> {
    for (;;) {
      const checkpoint = (await this.readCheckpoints()).get(name);
      if (checkpoint && comparePositions(checkpoint.position, target) >= 0) return;
      if (onProgress) onProgress((await this.status()).find((status) => status.name === name)!);
      if (Date.now() > deadline) throw new Error(`Projection "${name}" did not reach ${formatPosition(target)} in time`);
      if (this.worker(name).stopped) throw new Error(`Projection "${name}" stopped before reaching ${formatPosition(target)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async lockCheckpoint(manager: EntityManager, name: string): Promise<GlobalPosition> {
    const rows: Array<{ commit_position: string; prepare_position: string }> = await manager.query(
      'select commit_position, prepare_position from projection_checkpoints where name = $1 for update',
      [name],
    );
    if (rows.length === 0) throw new Error(`The checkpoint row of projection "${name}" is missing; restart the projector to recreate it`);
    return { commit: BigInt(rows[0].commit_position), prepare: BigInt(rows[0].prepare_position) };
  }

  private async ensureCheckpoints(): Promise<void> {
    await this.dataSource.query(
      `insert into projection_checkpoints (name, commit_position, prepare_position, updated_at)
       select unnest($1::text[]), 0, 0, now() on conflict (name) do nothing`,
      [this.names],
    );
  }

  private async readCheckpoints(): Promise<Map<string, Checkpoint>> {
    const rows: Array<{
      name: string;
      commit_position: string;
      prepare_position: string;
      events_applied: string;
      last_event_recorded_at: Date | null;
    }> = await this.dataSource.query(
      'select name, commit_position, prepare_position, events_applied, last_event_recorded_at from projection_checkpoints where name = any($1)',
      [this.names],
    );
    return new Map(
      rows.map((row) => [
        row.name,
        {
          position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
          eventsApplied: Number(row.events_applied),
          lastEventRecordedAt: row.last_event_recorded_at,
        },
      ]),
    );
  }

  private worker(name: string): Worker {
    const worker = this.workers.get(name);
    if (!worker) throw new Error(`No projection is named "${name}"; known: ${this.names.join(', ') || 'none'}`);
    return worker;
  }
}
