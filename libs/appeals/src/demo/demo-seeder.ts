import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore } from '@app/event-store';
import { type RuntimeConfig } from '@app/platform';
import { APP_CONFIG, EVENT_STORE } from '@app/platform/nest';
import { generateDemoData } from './demo-generator';

const MARKER_STREAM = 'demo-data';
const SEED = 42;

/**
 * `npm start` on an empty development database: generates the demo data once, in the background, so the
 * API answers at once and the screens fill as the projector catches up. A marker stream records that it
 * ran; the generator is idempotent anyway, so an interrupted run simply continues on the next start.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DemoData');
  private running: Promise<void> | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demoAppeals === 0 || (await this.store.readStream(MARKER_STREAM, { maxCount: 1 })).length > 0) return;
    const appeals = this.config.demoAppeals;
    this.logger.log(`generating ${appeals.toLocaleString('en-US')} demo appeals in the background (seed ${SEED}; DEMO_APPEALS=0 to skip)`);
    const started = Date.now();
    this.running = generateDemoData(this.store, {
      appeals,
      seed: SEED,
      now: new Date(),
      onProgress: (done, total) => {
        if (done > 0 && (done % 5000 === 0 || done === total))
          this.logger.log(`demo appeals: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`);
      },
    })
      .then(async (summary) => {
        await this.store.appendToStream(
          MARKER_STREAM,
          [
            {
              type: 'DemoDataGenerated',
              data: { appeals, seed: SEED, written: summary.appealsWritten },
              metadata: { actorId: 'system:demo', occurredAt: new Date().toISOString() },
            },
          ],
          { expectedVersion: 'any' },
        );
        this.logger.log(
          `demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.deputies} deputies, ${summary.appealsWritten} appeals`,
        );
      })
      .catch((error: unknown) =>
        this.logger.warn(
          `demo data generation stopped (it resumes on the next start): ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  }

  async onModuleDestroy(): Promise<void> {
    // Shutting down mid-generation: let the append in flight finish; the rest resumes next time.
    await Promise.race([this.running, new Promise((resolve) => setTimeout(resolve, 2000))]);
  }
}
