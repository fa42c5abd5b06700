import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalyticsExportController } from './analytics-api/analytics-export.controller';
import { AnalyticsResolver } from './analytics-api/analytics.resolver';
import { AnalyticsQueries } from './queries/analytics-queries';
import { AnalyticsProjectionModule } from './read-model/analytics-projection.module';

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
