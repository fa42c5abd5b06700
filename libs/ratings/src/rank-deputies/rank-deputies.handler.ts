import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { assertReachesRegion } from '@app/identity/access/viewer';
import { RatingQueries } from '../read-model/rating-queries';
import { toMethod, toRating } from '../ratings-api/rating-view';
import type { DeputyRatings } from '../ratings-api/ratings.types';
import { MAX_RANKED, RankDeputiesQuery } from './rank-deputies.query';

/** For the analysts and moderators of the region: every deputy rated as of the date, the first `first` ranked ones returned. */
@QueryHandler(RankDeputiesQuery)
export class RankDeputiesHandler implements IQueryHandler<RankDeputiesQuery> {
  constructor(private readonly ratings: RatingQueries) {}

  async execute({ viewer, regionCode, asOf, first }: RankDeputiesQuery): Promise<DeputyRatings> {
    assertReachesRegion(viewer, regionCode);
    const limit = Math.min(first ?? MAX_RANKED, MAX_RANKED);
    const result = await this.ratings.regionRatings(regionCode, asOf);
    return {
      regionCode,
      asOf: result.asOf,
      ranked: result.deputies
        .filter((row) => row.ranked)
        .slice(0, Math.max(limit, 0))
        .map(toRating),
      belowMinimumSample: result.deputies.filter((row) => !row.ranked).map(toRating),
      method: toMethod(result.method),
    };
  }
}
