import { Module } from '@nestjs/common';
import { RegisterProjection } from '@app/platform';
import { DataSource } from 'typeorm';
import { RatingQueries } from './read-model/rating-queries';
import { RatingsProjection } from './read-model/ratings.projection';
import { RatingsExportController } from './ratings-api/ratings-export.controller';
import { RatingsResolver } from './ratings-api/ratings.resolver';

@RegisterProjection()
class RatingsProjectionProvider extends RatingsProjection {}

/** The ratings projection alone, for the standalone projector. */
@Module({ providers: [RatingsProjectionProvider] })
export class RatingsProjectionModule {}

/** Deputy ratings over GraphQL and as CSV. */
@Module({
  imports: [RatingsProjectionModule],
  controllers: [RatingsExportController],
  providers: [{ provide: RatingQueries, inject: [DataSource], useFactory: (db: DataSource) => new RatingQueries(db) }, RatingsResolver],
})
export class RatingsModule {}
