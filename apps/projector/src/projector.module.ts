import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DeadlinesModule } from '@app/appeals/deadlines/deadlines.module';
import { type RuntimeConfig } from '@app/platform';
import { PlatformModule } from '@app/platform/nest';
import { PROJECTION_MODULES, READ_MODEL_MIGRATIONS } from '@app/read-models';

/** The projector as its own process, for deployments that scale the API separately (PROJECTOR=off there). */
@Module({})
export class ProjectorModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [
        PlatformModule.forRoot({ config: { ...config, runProjector: true }, migrations: READ_MODEL_MIGRATIONS }),
        // One CommandBus for the process: the deadline sweeper's commands go through it.
        CqrsModule.forRoot(),
        ...PROJECTION_MODULES,
        DeadlinesModule,
      ],
    };
  }
}
