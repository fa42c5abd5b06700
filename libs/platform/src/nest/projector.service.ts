import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EventStore } from '@app/event-store';
import { type Projection, ProjectionRunner, type ProjectionStatus } from '@app/projections';
import { DataSource } from 'typeorm';
import type { RuntimeConfig } from '../config/runtime-config';
import { RegisterProjection } from './register-projection.decorator';
import { APP_CONFIG, EVENT_STORE } from './tokens';

/**
 * Finds every provider marked with `@RegisterProjection()` and, when this process is the projector
 * (PROJECTOR=embedded in the API, always in apps/projector), runs them. Status is available either way.
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projector');
  private runner: ProjectionRunner | undefined;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const projections = this.discovery
      .getProviders({ metadataKey: RegisterProjection.KEY })
      .map((wrapper) => wrapper.instance as Projection);
    this.runner = new ProjectionRunner(this.dataSource, this.store, projections, { log: (message) => this.logger.warn(message) });
    if (!this.config.runProjector) return;
    await this.runner.start();
    this.logger.log(projections.length ? `running ${projections.map((p) => p.name).join(', ')}` : 'no projections registered yet');
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner?.stop();
  }

  /** Checkpoint and lag of each projection. */
  status(): Promise<ProjectionStatus[]> {
    return this.runner ? this.runner.status() : Promise.resolve([]);
  }
}
