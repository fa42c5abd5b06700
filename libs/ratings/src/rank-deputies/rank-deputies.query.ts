import { Query } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { DeputyRatings } from '../ratings-api/ratings.types';

/** The deputies of a region ranked as of a date (default: now), and apart those below the minimum sample (`deputyRatings`). */
export class RankDeputiesQuery extends Query<DeputyRatings> {
  constructor(
    readonly viewer: Viewer,
    readonly regionCode: string,
    /** YYYY-MM-DD: the end of that day in the region. */
    readonly asOf?: string | null,
    /** How many ranked deputies to return (at most MAX_RANKED; default all). */
    readonly first?: number | null,
  ) {
    super();
  }
}

/** The most ranked deputies one answer holds. */
export const MAX_RANKED = 1000;
