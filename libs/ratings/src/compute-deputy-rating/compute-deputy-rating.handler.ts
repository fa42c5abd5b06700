import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RatingQueries } from '../read-model/rating-queries';
import { assertMayReadDeputy } from '../ratings-api/rating-access';
import { toMethod, toRating } from '../ratings-api/rating-view';
import type { DeputyRatingDetail } from '../ratings-api/ratings.types';
import { ComputeDeputyRatingQuery } from './compute-deputy-rating.query';

/** Checks the viewer may see this deputy's rating (their region, or their own), then rates the deputy's region as of the date. */
@QueryHandler(ComputeDeputyRatingQuery)
export class ComputeDeputyRatingHandler implements IQueryHandler<ComputeDeputyRatingQuery> {
  constructor(private readonly ratings: RatingQueries) {}

  async execute({ viewer, deputyId, asOf }: ComputeDeputyRatingQuery): Promise<DeputyRatingDetail> {
    assertMayReadDeputy(viewer, deputyId, await this.ratings.regionOfDeputy(deputyId));
    const result = await this.ratings.deputyRating(deputyId, asOf);
    return { asOf: result.asOf, rating: toRating(result.rating), trend: result.trend, method: toMethod(result.method) };
  }
}
