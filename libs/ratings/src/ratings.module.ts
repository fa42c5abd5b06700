import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RatingQueries } from './read-model/rating-queries';
import { RatingsProjectionModule } from './read-model/ratings-projection.module';
import { RatingsExportController } from './ratings-api/ratings-export.controller';
import { RatingsResolver } from './ratings-api/ratings.resolver';

/** Deputy ratings over GraphQL and as CSV. */
@Module({
  imports: [RatingsProjectionModule],
  controllers: [RatingsExportController],
  providers: [{ provide: RatingQueries, inject: [DataSource], useFactory: (db: DataSource) => new RatingQueries(db) }, RatingsResolver],
})
export class RatingsModule {}
