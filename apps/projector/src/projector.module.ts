import { type DynamicModule, Module } from '@nestjs/common';
import { AppealsProjectionModule } from '@app/appeals/appeals-api/appeals-api.module';
import { DeadlinesModule } from '@app/appeals/deadlines/deadlines.module';
import { RegistryProjectionModule } from '@app/appeals/registry/registry.module';
import { PlatformModule, type RuntimeConfig } from '@app/platform';
import { READ_MODEL_MIGRATIONS } from '@app/appeals/read-model-migrations';

/** The projector as its own process, for deployments that scale the API separately (PROJECTOR=off there). */
@Module({})
export class ProjectorModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [PlatformModule.forRoot({ config: { ...config, runProjector: true }, migrations: READ_MODEL_MIGRATIONS }), RegistryProjectionModule, AppealsProjectionModule, DeadlinesModule],
    };
  }
}
