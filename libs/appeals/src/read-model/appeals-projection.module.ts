import { Module } from '@nestjs/common';
import { RegisterProjection } from '@app/platform/nest';
import { AppealsProjection } from './appeals.projection';

@RegisterProjection()
class AppealsProjectionProvider extends AppealsProjection {}

/** The appeals projection alone: the feature module imports it, and the standalone projector runs it (@app/read-models). */
@Module({ providers: [AppealsProjectionProvider] })
export class AppealsProjectionModule {}
