import { randomUUID } from 'node:crypto';
import { APPEALS_READ_MODEL_MIGRATIONS, RegistryProjection, cmd, generateDemoData, history } from '@app/appeals/testing';
import { openReadModelHarness, type ReadModelHarness } from '@test/read-model-harness';
import { RatingsReadModel1763900400000 } from './1763900400000-ratings-read-model';
import { RatingQueries } from './rating-queries';
import { RatingsProjection } from './ratings.projection';

const DAY = 86_400_000;

/** Ratings of past dates are computed once and kept, until facts dated in the past arrive. */
describe('rating queries over the ratings read model', () => {
  let harness: ReadModelHarness;
  let queries: RatingQueries;
  const now = new Date();

  beforeAll(async () => {
    harness = await openReadModelHarness('rating_queries', {
      migrations: [...APPEALS_READ_MODEL_MIGRATIONS, RatingsReadModel1763900400000],
      projections: [new RegistryProjection(), new RatingsProjection()],
    });
    await generateDemoData(harness.store, { appeals: 400, seed: 5, now });
    await harness.runner.waitUntilCaughtUp(60_000);
    queries = new RatingQueries(harness.dataSource);
  }, 120_000);
  afterAll(() => harness?.close());

  const generation = async (): Promise<number> =>
    Number((await harness.dataSource.query('select generation from rating_generation'))[0].generation);

  it('sees an appeal dated in the past that arrives after its rating of a past date was computed', async () => {
    expect(await generation()).toBeGreaterThan(0); // the demo year is dated in the past
    const pastDate = new Date(now.getTime() - 10 * DAY).toISOString().slice(0, 10);
    const before = await queries.regionRatings('66', pastDate);
    const deputy = before.deputies[0];
    expect(await queries.regionRatings('66', pastDate)).toEqual(before); // from the cache, the same

    // An import of an appeal submitted 20 days ago to that deputy.
    const at = new Date(now.getTime() - 20 * DAY).toISOString();
    const appealId = randomUUID();
    const voter = randomUUID();
    const events = history(
      cmd.submit({ appealId, regionCode: '66', territoryId: '66-ekaterinburg', subjectId: voter, deputyId: deputy.deputyId }, at, {
        actorId: voter,
        role: 'VOTER',
      }),
    );
    const generationBefore = await generation();
    await harness.store.appendToStream(
      `appeal-${appealId}`,
      events.map((event) => ({ type: event.type, data: event.data, metadata: { occurredAt: at } })),
      { expectedVersion: 'no_stream' },
    );
    await harness.runner.waitUntilCaughtUp(30_000);
    expect(await generation()).toBeGreaterThan(generationBefore);

    const after = await queries.regionRatings('66', pastDate);
    expect(after.deputies.find((row) => row.deputyId === deputy.deputyId)!.received).toBe(deputy.received + 1);
  });

  it('rates a deputy registered after the ratings of past dates were kept (shown, not ranked)', async () => {
    const { deputies } = await queries.regionRatings('66');
    await queries.deputyRating(deputies[0].deputyId); // keeps the counts of the last 11 month ends
    const newcomer = randomUUID();
    await harness.dataSource.query(
      `insert into registry_deputies (deputy_id, full_name, level, region_code, district, territory_ids, registered_at)
       values ($1, 'Новиков Новый Новикович', 'MUNICIPAL', '66', null, '{}', now())`,
      [newcomer],
    );
    const { rating, trend } = await queries.deputyRating(newcomer);
    expect(rating).toMatchObject({
      deputyId: newcomer,
      fullName: 'Новиков Новый Новикович',
      ranked: false,
      received: 0,
      flags: ['BELOW_MINIMUM_SAMPLE', 'NO_FEEDBACK'],
    });
    expect(trend.every((point) => !point.ranked && point.answered === 0)).toBe(true);
  });

  it('gives the same trend point as a rating asked for that month end', async () => {
    const deputyId =
      (await queries.regionRatings('66')).deputies.find((row) => row.ranked)?.deputyId ??
      (await queries.regionRatings('66')).deputies[0].deputyId;
    const { trend } = await queries.deputyRating(deputyId);
    expect(trend).toHaveLength(12);
    const point = trend[8];
    const rating = (await queries.regionRatings('66', point.asOf)).deputies.find((row) => row.deputyId === deputyId)!;
    expect({ score: rating.score, ranked: rating.ranked, rank: rating.rank, answered: rating.answered }).toEqual({
      score: point.score,
      ranked: point.ranked,
      rank: point.rank,
      answered: point.answered,
    });
  });
});
