import { QueryBus } from '@nestjs/cqrs';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { DeputyRatings } from '../ratings-api/ratings.types';
import { MAX_RANKED, RankDeputiesQuery } from './rank-deputies.query';

@Resolver()
export class RankDeputiesResolver {
  constructor(private readonly queries: QueryBus) {}

  @Roles('ANALYST', 'MODERATOR')
  @Query(() => DeputyRatings, { description: 'Deputies of a region ranked as of a date (default: now)' })
  deputyRatings(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode') regionCode: string,
    @Args('asOf', { nullable: true, description: 'YYYY-MM-DD' }) asOf?: string,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: `How many ranked deputies to return (at most ${MAX_RANKED}; default all)`,
    })
    first?: number,
  ): Promise<DeputyRatings> {
    return this.queries.execute(new RankDeputiesQuery(viewer, regionCode, asOf, first));
  }
}
