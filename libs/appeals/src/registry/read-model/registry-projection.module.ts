import { Module } from '@nestjs/common';
import { RegisterProjection } from '@app/platform/nest';
import { RegistryProjection } from './registry.projection';

@RegisterProjection()
class RegistryProjectionProvider extends RegistryProjection {}

/** The registry projection alone: the feature module imports it, and the standalone projector runs it (@app/read-models). */
@Module({ providers: [RegistryProjectionProvider] })
export class RegistryProjectionModule {}
