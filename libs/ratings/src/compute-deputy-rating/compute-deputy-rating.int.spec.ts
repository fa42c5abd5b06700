import { DEMO_DEPUTY_IDS } from '@app/identity/oidc/demo-accounts';
import { RankDeputiesQuery } from '../rank-deputies/rank-deputies.query';
import {
  analystOf,
  assistantOf,
  deputy,
  moderatorOf,
  openRatingsTestBed,
  type RatingsTestBed,
} from '../ratings-api/testing/ratings-test-bed';
import { ComputeDeputyRatingQuery } from './compute-deputy-rating.query';
import { ComputeDeputyRatingResolver } from './compute-deputy-rating.resolver';

describe("computing a deputy's rating", () => {
  let bed: RatingsTestBed;
  const { deputy1, deputy2 } = DEMO_DEPUTY_IDS;
  const rating = (...args: ConstructorParameters<typeof ComputeDeputyRatingQuery>) =>
    bed.queries.execute(new ComputeDeputyRatingQuery(...args));

  beforeAll(async () => {
    bed = await openRatingsTestBed('compute-deputy-rating');
  }, 120_000);
  afterAll(() => bed?.close());

  it('answers the rating as the region ranks it, with the breakdown, the method and twelve months of trend', async () => {
    const detail = await new ComputeDeputyRatingResolver(bed.queries).deputyRating(analystOf('66'), deputy1);
    const region = await bed.queries.execute(new RankDeputiesQuery(analystOf('66'), '66', detail.asOf));
    const inRegion = [...region.ranked, ...region.belowMinimumSample].find((row) => row.deputyId === deputy1);
    expect(detail.rating).toEqual(inRegion);
    expect(detail.rating.breakdown.map((component) => component.key)).toEqual(detail.method.weights.map((weight) => weight.key));
    expect(detail.trend).toHaveLength(12);
    expect(detail.trend[11]).toMatchObject({ asOf: detail.asOf, score: detail.rating.score });
  });

  it('answers as of a past date, that date', async () => {
    expect((await rating(moderatorOf('66'), deputy1, '2026-01-31')).asOf).toBe('2026-01-31');
  });

  it('lets deputies and their assistants see their own rating only', async () => {
    expect((await rating(deputy(deputy1), deputy1)).rating.deputyId).toBe(deputy1);
    expect((await rating(assistantOf(deputy1), deputy1)).rating.deputyId).toBe(deputy1);
    await expect(rating(deputy(deputy2), deputy1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rating(assistantOf(deputy2), deputy1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses analysts and moderators of other regions, and answers NOT_FOUND for a deputy nobody registered', async () => {
    await expect(rating(analystOf('74'), deputy1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rating(moderatorOf('77'), deputy1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await rating(analystOf('*'), deputy1)).rating.deputyId).toBe(deputy1);
    await expect(rating(analystOf('*'), '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
