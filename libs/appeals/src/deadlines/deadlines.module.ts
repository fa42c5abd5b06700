import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { RuntimeConfig } from '@app/platform';
import { APP_CONFIG, PeriodicJob } from '@app/platform/nest';
import { DataSource } from 'typeorm';
import { AppealCommandsModule } from '../appeal-commands/appeal-commands.module';
import { CloseAppealHandler } from '../close-appeal/close-appeal.handler';
import { MarkOverdueHandler } from '../mark-overdue/mark-overdue.handler';
import { DeadlineSweeper } from './deadline-sweeper';

const SWEEP_EVERY_MS = 60_000;

/**
 * Runs the deadline sweeper once a minute in the process that runs the projector. It is driven by the clock,
 * not by events (a deadline passes without anything being recorded), so it is a periodic job, not a saga.
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Deadlines');
  private readonly job: PeriodicJob;

  constructor(
    dataSource: DataSource,
    commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {
    const sweeper = new DeadlineSweeper(dataSource, commands);
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

/** The deadline process manager and the system commands it issues (MarkOverdue, CloseAppeal). */
@Module({
  imports: [AppealCommandsModule],
  providers: [MarkOverdueHandler, CloseAppealHandler, DeadlineScheduler],
})
export class DeadlinesModule {}
