import { Module } from '@nestjs/common';
import { RegisterProjection } from '@app/platform';
import { DataSource } from 'typeorm';
import { AnalyticsExportController } from './analytics-api/analytics-export.controller';
import { AnalyticsResolver } from './analytics-api/analytics.resolver';
import { AnalyticsQueries } from './queries/analytics-queries';
import { AnalyticsProjection } from './read-model/analytics.projection';

@RegisterProjection()
class AnalyticsProjectionProvider extends AnalyticsProjection {}

/** The analytics projection alone, for the standalone projector. */
@Module({ providers: [AnalyticsProjectionProvider] })
export class AnalyticsProjectionModule {}

/** Regional analytics over GraphQL and as CSV. */
@Module({
  imports: [AnalyticsProjectionModule],
  controllers: [AnalyticsExportController],
  providers: [
    { provide: AnalyticsQueries, inject: [DataSource], useFactory: (db: DataSource) => new AnalyticsQueries(db) },
    AnalyticsResolver,
  ],
})
export class AnalyticsModule {}
