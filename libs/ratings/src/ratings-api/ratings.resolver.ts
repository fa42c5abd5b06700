import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import type { RatingMethod } from '../formulas/rating-formulas';
import { type DeputyRating as Rating, RatingQueries } from '../read-model/rating-queries';
import { assertReachesRegion } from '@app/identity/access/viewer';
import { assertMayReadDeputy } from './rating-access';
import { DeputyRating, DeputyRatingDetail, DeputyRatings, RatingMethodInfo } from './ratings.types';

const MAX_FIRST = 1000;

/** Deputy ratings for analysts and moderators (their regions) and, for their own figures, deputies and assistants. */
@Resolver()
export class RatingsResolver {
  constructor(private readonly ratings: RatingQueries) {}

  @Roles('ANALYST', 'MODERATOR')
  @Query(() => DeputyRatings, { description: 'Deputies of a region ranked as of a date (default: now)' })
  async deputyRatings(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode') regionCode: string,
    @Args('asOf', { nullable: true, description: 'YYYY-MM-DD' }) asOf?: string,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: `How many ranked deputies to return (at most ${MAX_FIRST}; default all)`,
    })
    first?: number,
  ): Promise<DeputyRatings> {
    assertReachesRegion(viewer, regionCode);
    const limit = Math.min(first ?? MAX_FIRST, MAX_FIRST);
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

  @Roles('ANALYST', 'MODERATOR', 'DEPUTY', 'ASSISTANT')
  @Query(() => DeputyRatingDetail, { description: "One deputy's rating with its breakdown and monthly trend" })
  async deputyRating(
    @CurrentViewer() viewer: Viewer,
    @Args('deputyId', { type: () => ID }) deputyId: string,
    @Args('asOf', { nullable: true, description: 'YYYY-MM-DD' }) asOf?: string,
  ): Promise<DeputyRatingDetail> {
    assertMayReadDeputy(viewer, deputyId, await this.ratings.regionOfDeputy(deputyId));
    const result = await this.ratings.deputyRating(deputyId, asOf);
    return { asOf: result.asOf, rating: toRating(result.rating), trend: result.trend, method: toMethod(result.method) };
  }
}

export function toRating(row: Rating): DeputyRating {
  const { components, ...rest } = row;
  return { ...rest, flags: [...row.flags], breakdown: [...components] };
}

export function toMethod(method: RatingMethod): RatingMethodInfo {
  return {
    minimumAnswered: method.minimumAnswered,
    ratePriorWeight: method.ratePriorWeight,
    scorePriorWeight: method.scorePriorWeight,
    weights: Object.entries(method.weights).map(([key, weight]) => ({
      key: key as RatingMethodInfo['weights'][number]['key'],
      weight,
      value: 0,
      points: 0,
    })),
  };
}
