import type { Logger } from '@nestjs/common';

/**
 * Runs `work` every `everyMs` (and at start if asked), never two runs at once (a slow run makes the next tick wait, not overlap).
 * A failed run is logged and retried at the next tick; `stop` waits for a run in progress.
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly everyMs: number,
    private readonly work: () => Promise<void>,
    private readonly logger: Logger,
    /** Also run once at `start`, not only after the first interval. */
    private readonly options: Readonly<{ atStart?: boolean }> = {},
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.everyMs);
    if (this.options.atStart) this.tick();
  }

  private tick(): void {
    this.running ??= this.work()
      .catch((error: unknown) =>
        this.logger.warn(
          `failed, retried in ${Math.round(this.everyMs / 1000)} s: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
      .finally(() => {
        this.running = undefined;
      });
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
