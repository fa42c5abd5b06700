import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type RuntimeConfig } from '@app/platform';

/** The projector as its own process, for deployments that scale the API separately (PROJECTOR=off there). */
@Module({})
export class ProjectorModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return { module: ProjectorModule, imports: [PlatformModule.forRoot({ config: { ...config, runProjector: true } })] };
  }
}
