import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore } from '@app/event-store';
import { PhotoVault } from '@app/identity';
import { EVENT_STORE, PeriodicJob } from '@app/platform/nest';
import { PhotoSweeper } from './photo-sweeper';

const SWEEP_EVERY_MS = 10 * 60 * 1000;

/** Runs the photo sweeper every ten minutes in each API process (a run is idempotent). */
@Injectable()
export class PhotoSweepScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Photos');
  private readonly job: PeriodicJob;

  constructor(photos: PhotoVault, @Inject(EVENT_STORE) store: EventStore) {
    const sweeper = new PhotoSweeper(photos, store);
    this.job = new PeriodicJob(
      SWEEP_EVERY_MS,
      async () => {
        const { settled, deleted } = await sweeper.sweep();
        if (settled > 0) this.logger.log(`${settled} interrupted submissions' photo claims settled from the event log`);
        if (deleted > 0) this.logger.log(`${deleted} photos not sent within a day deleted`);
      },
      this.logger,
      // At start too: an API restarted more often than every ten minutes still deletes day-old photos.
      { atStart: true },
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.job.stop();
  }
}
