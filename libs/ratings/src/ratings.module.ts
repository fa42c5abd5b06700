import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ComputeDeputyRatingHandler } from './compute-deputy-rating/compute-deputy-rating.handler';
import { ComputeDeputyRatingResolver } from './compute-deputy-rating/compute-deputy-rating.resolver';
import { RankDeputiesHandler } from './rank-deputies/rank-deputies.handler';
import { RankDeputiesResolver } from './rank-deputies/rank-deputies.resolver';
import { RatingQueries } from './read-model/rating-queries';
import { RatingsProjectionModule } from './read-model/ratings-projection.module';
import { RatingsExportController } from './ratings-api/ratings-export.controller';

/** Deputy ratings over GraphQL (through the QueryBus) and as CSV. */
@Module({
  imports: [RatingsProjectionModule],
  controllers: [RatingsExportController],
  providers: [
    { provide: RatingQueries, inject: [DataSource], useFactory: (db: DataSource) => new RatingQueries(db) },
    ComputeDeputyRatingHandler,
    ComputeDeputyRatingResolver,
    RankDeputiesHandler,
    RankDeputiesResolver,
  ],
})
export class RatingsModule {}
