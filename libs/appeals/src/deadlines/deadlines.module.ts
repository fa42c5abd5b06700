import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore } from '@app/event-store';
import { type RuntimeConfig } from '@app/platform';
import { APP_CONFIG, EVENT_STORE, PeriodicJob } from '@app/platform/nest';
import { DataSource } from 'typeorm';
import { DeadlineSweeper } from './deadline-sweeper';

const SWEEP_EVERY_MS = 60_000;

/** Runs the deadline sweeper once a minute in the process that runs the projector. */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Deadlines');
  private readonly job: PeriodicJob;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {
    const sweeper = new DeadlineSweeper(store, dataSource);
    this.job = new PeriodicJob(
      SWEEP_EVERY_MS,
      async () => {
        const { recorded, failed } = await sweeper.sweep();
        if (recorded > 0) this.logger.log(`${recorded} overdue marks or automatic closings recorded`);
        for (const failure of failed) this.logger.warn(`deadline of appeal ${failure}; retried next minute`);
      },
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.runProjector) this.job.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.job.stop();
  }
}

@Module({ providers: [DeadlineScheduler] })
export class DeadlinesModule {}
