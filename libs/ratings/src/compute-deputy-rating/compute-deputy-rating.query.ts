import { Query } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { DeputyRatingDetail } from '../ratings-api/ratings.types';

/** One deputy's rating as of a date (default: now), with its breakdown and monthly trend (`deputyRating`). */
export class ComputeDeputyRatingQuery extends Query<DeputyRatingDetail> {
  constructor(
    readonly viewer: Viewer,
    readonly deputyId: string,
    /** YYYY-MM-DD: the end of that day in the deputy's region. */
    readonly asOf?: string | null,
  ) {
    super();
  }
}
