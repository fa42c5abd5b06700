import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { DeputyRatingDetail } from '../ratings-api/ratings.types';
import { ComputeDeputyRatingQuery } from './compute-deputy-rating.query';

@Resolver()
export class ComputeDeputyRatingResolver {
  constructor(private readonly queries: QueryBus) {}

  @Roles('ANALYST', 'MODERATOR', 'DEPUTY', 'ASSISTANT')
  @Query(() => DeputyRatingDetail, { description: "One deputy's rating with its breakdown and monthly trend" })
  deputyRating(
    @CurrentViewer() viewer: Viewer,
    @Args('deputyId', { type: () => ID }) deputyId: string,
    @Args('asOf', { nullable: true, description: 'YYYY-MM-DD' }) asOf?: string,
  ): Promise<DeputyRatingDetail> {
    return this.queries.execute(new ComputeDeputyRatingQuery(viewer, deputyId, asOf));
  }
}
