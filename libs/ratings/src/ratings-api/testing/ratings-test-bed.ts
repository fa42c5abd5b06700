import type { QueryBus } from '@nestjs/cqrs';
import { APPEALS_READ_MODEL_MIGRATIONS, generateDemoData, RegistryProjection } from '@app/appeals/contract/testing';
import type { Viewer } from '@app/identity/access/viewer';
import { testBus } from '@test/nest-stubs';
import { openReadModelHarness, type ReadModelHarness } from '@test/read-model-harness';
import { ComputeDeputyRatingHandler } from '../../compute-deputy-rating/compute-deputy-rating.handler';
import { RankDeputiesHandler } from '../../rank-deputies/rank-deputies.handler';
import { RatingsReadModel1763900400000 } from '../../read-model/1763900400000-ratings-read-model';
import { RatingQueries } from '../../read-model/rating-queries';
import { RatingsProjection } from '../../read-model/ratings.projection';

/**
 * The ratings' query handlers behind a bus, over a read model of a few hundred demo appeals. Specs using it mock
 * the @nestjs packages with `@test/nest-stubs` (see there why).
 */
export type RatingsTestBed = Readonly<{ harness: ReadModelHarness; queries: QueryBus; ratings: RatingQueries; close(): Promise<void> }>;

export async function openRatingsTestBed(label: string): Promise<RatingsTestBed> {
  const harness = await openReadModelHarness(label, {
    migrations: [...APPEALS_READ_MODEL_MIGRATIONS, RatingsReadModel1763900400000],
    projections: [new RegistryProjection(), new RatingsProjection()],
  });
  await generateDemoData(harness.store, { appeals: 800, seed: 11, now: new Date() });
  await harness.runner.waitUntilCaughtUp(60_000);
  const ratings = new RatingQueries(harness.dataSource);
  const queries = testBus<QueryBus>([new ComputeDeputyRatingHandler(ratings), new RankDeputiesHandler(ratings)]);
  return { harness, queries, ratings, close: () => harness.close() };
}

const viewer = (role: Viewer['role'], changes: Partial<Viewer> = {}): Viewer => ({
  id: `${role.toLowerCase()}:1`,
  role,
  name: null,
  deputyId: null,
  regions: [],
  ...changes,
});
export const analystOf = (...regions: string[]): Viewer => viewer('ANALYST', { regions });
export const moderatorOf = (...regions: string[]): Viewer => viewer('MODERATOR', { regions });
export const deputy = (deputyId: string): Viewer => viewer('DEPUTY', { deputyId });
export const assistantOf = (deputyId: string): Viewer => viewer('ASSISTANT', { deputyId });
