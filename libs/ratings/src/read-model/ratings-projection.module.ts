import { Module } from '@nestjs/common';
import { RegisterProjection } from '@app/platform/nest';
import { RatingsProjection } from './ratings.projection';

@RegisterProjection()
class RatingsProjectionProvider extends RatingsProjection {}

/** The ratings projection alone: the feature module imports it, and the standalone projector runs it (@app/read-models). */
@Module({ providers: [RatingsProjectionProvider] })
export class RatingsProjectionModule {}
