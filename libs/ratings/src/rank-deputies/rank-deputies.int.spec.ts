import { openRatingsTestBed, analystOf, deputy, moderatorOf, type RatingsTestBed } from '../ratings-api/testing/ratings-test-bed';
import { RankDeputiesQuery } from './rank-deputies.query';
import { RankDeputiesResolver } from './rank-deputies.resolver';

describe('ranking the deputies of a region', () => {
  let bed: RatingsTestBed;
  const rank = (...args: ConstructorParameters<typeof RankDeputiesQuery>) => bed.queries.execute(new RankDeputiesQuery(...args));

  beforeAll(async () => {
    bed = await openRatingsTestBed('rank-deputies');
  }, 120_000);
  afterAll(() => bed?.close());

  it('answers every deputy of the region: the ranked ones by rank, the others apart', async () => {
    const result = await new RankDeputiesResolver(bed.queries).deputyRatings(analystOf('66'), '66');
    const computed = await bed.ratings.regionRatings('66', result.asOf);
    expect(result.regionCode).toBe('66');
    expect(result.ranked.length).toBeGreaterThan(1);
    expect(result.ranked.length + result.belowMinimumSample.length).toBe(computed.deputies.length);
    expect(result.ranked.every((row) => row.ranked && row.regionCode === '66')).toBe(true);
    expect(result.belowMinimumSample.every((row) => !row.ranked && row.flags.includes('BELOW_MINIMUM_SAMPLE'))).toBe(true);
    const ranks = result.ranked.map((row) => row.rank!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(result.method.weights.reduce((sum, weight) => sum + weight.weight, 0)).toBeCloseTo(1);
  });

  it('returns only the first `first` ranked deputies, and all of those below the minimum sample', async () => {
    const all = await rank(moderatorOf('66'), '66');
    const two = await rank(moderatorOf('66'), '66', all.asOf, 2);
    expect(two.ranked).toEqual(all.ranked.slice(0, 2));
    expect(two.belowMinimumSample).toEqual(all.belowMinimumSample);
    expect((await rank(moderatorOf('66'), '66', all.asOf, 0)).ranked).toEqual([]);
  });

  it('is for the analysts and moderators of the region only', async () => {
    await expect(rank(analystOf('74'), '66')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rank(deputy('0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0001'), '66')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await rank(analystOf('*'), '66')).regionCode).toBe('66');
  });
});
