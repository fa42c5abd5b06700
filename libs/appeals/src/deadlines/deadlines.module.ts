import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore } from '@app/event-store';
import { APP_CONFIG, EVENT_STORE, type RuntimeConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { DeadlineSweeper } from './deadline-sweeper';

const SWEEP_EVERY_MS = 60_000;

/** Runs the deadline sweeper once a minute in the process that runs the projector. */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Deadlines');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly sweeper: DeadlineSweeper;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {
    this.sweeper = new DeadlineSweeper(store, dataSource);
  }

  onApplicationBootstrap(): void {
    if (!this.config.runProjector) return;
    this.timer = setInterval(() => {
      this.running ??= this.sweeper
        .sweep()
        .then(({ recorded, failed }) => {
          if (recorded > 0) this.logger.log(`${recorded} overdue marks or automatic closings recorded`);
          for (const failure of failed) this.logger.warn(`deadline of appeal ${failure}; retried next minute`);
        })
        .catch((error: unknown) => this.logger.warn(`sweep failed, next in a minute: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.running = undefined;
        });
    }, SWEEP_EVERY_MS);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}

@Module({ providers: [DeadlineScheduler] })
export class DeadlinesModule {}
