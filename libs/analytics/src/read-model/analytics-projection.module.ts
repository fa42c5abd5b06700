import { Module } from '@nestjs/common';
import { RegisterProjection } from '@app/platform/nest';
import { AnalyticsProjection } from './analytics.projection';

@RegisterProjection()
class AnalyticsProjectionProvider extends AnalyticsProjection {}

/** The analytics projection alone: the feature module imports it, and the standalone projector runs it (@app/read-models). */
@Module({ providers: [AnalyticsProjectionProvider] })
export class AnalyticsProjectionModule {}
