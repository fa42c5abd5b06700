import { CqrsModule, QueryBus } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { APPEALS_READ_MODEL_MIGRATIONS, generateDemoData, RegistryProjection } from '@app/appeals/testing';
import type { Viewer } from '@app/identity/access/viewer';
import { openReadModelHarness, type ReadModelHarness } from '@test/read-model-harness';
import { ComputeDeputyRatingHandler } from '../../compute-deputy-rating/compute-deputy-rating.handler';
import { RankDeputiesHandler } from '../../rank-deputies/rank-deputies.handler';
import { RatingsReadModel1763900400000 } from '../../read-model/1763900400000-ratings-read-model';
import { RatingQueries } from '../../read-model/rating-queries';
import { RatingsProjection } from '../../read-model/ratings.projection';

/** The ratings' query handlers behind the real QueryBus of a Nest testing module, over a read model of a few hundred demo appeals. */
export type RatingsTestBed = Readonly<{ harness: ReadModelHarness; queries: QueryBus; ratings: RatingQueries; close(): Promise<void> }>;

export async function openRatingsTestBed(label: string): Promise<RatingsTestBed> {
  const harness = await openReadModelHarness(label, {
    migrations: [...APPEALS_READ_MODEL_MIGRATIONS, RatingsReadModel1763900400000],
    projections: [new RegistryProjection(), new RatingsProjection()],
  });
  await generateDemoData(harness.store, { appeals: 800, seed: 11, now: new Date() });
  await harness.runner.waitUntilCaughtUp(60_000);
  const ratings = new RatingQueries(harness.dataSource);
  const app = await Test.createTestingModule({
    imports: [CqrsModule.forRoot()],
    providers: [ComputeDeputyRatingHandler, RankDeputiesHandler, { provide: RatingQueries, useValue: ratings }],
  }).compile();
  await app.init();
  return {
    harness,
    queries: app.get(QueryBus),
    ratings,
    async close() {
      await app.close();
      await harness.close();
    },
  };
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
