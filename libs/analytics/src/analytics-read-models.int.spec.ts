import { APPEALS_READ_MODEL_MIGRATIONS, RegistryProjection, generateDemoData } from '@app/appeals/testing';
import { RatingsReadModel1763900400000 } from '@app/ratings/read-model/1763900400000-ratings-read-model';
import { RatingsProjection } from '@app/ratings/read-model/ratings.projection';
import { openReadModelHarness, type ReadModelHarness } from '@test/read-model-harness';
import { ANALYTICS_READ_MODEL_MIGRATIONS } from './index';
import { AnalyticsProjection } from './read-model/analytics.projection';
import { AnalyticsQueries, GROUP_BY } from './queries/analytics-queries';

const NOW = new Date('2026-11-01T12:00:00Z');

/**
 * The ratings' and analytics' read models on the demo data: equal after a rebuild, and the analytics
 * queries suppress every small cell (checked against a direct count of distinct voters) over real groupings.
 */
describe('ratings and analytics read models on the demo data', () => {
  let harness: ReadModelHarness;
  let queries: AnalyticsQueries;

  beforeAll(async () => {
    harness = await openReadModelHarness('analytics_demo', {
      migrations: [...APPEALS_READ_MODEL_MIGRATIONS, RatingsReadModel1763900400000, ...ANALYTICS_READ_MODEL_MIGRATIONS],
      projections: [new RegistryProjection(), new RatingsProjection(), new AnalyticsProjection()],
    });
    await generateDemoData(harness.store, { appeals: 3000, seed: 11, now: NOW });
    await harness.runner.waitUntilCaughtUp(90_000);
    queries = new AnalyticsQueries(harness.dataSource);
  }, 180_000);
  afterAll(() => harness?.close());

  const snapshot = async (): Promise<Record<string, unknown[]>> => ({
    ratingAppeals: await harness.dataSource.query('select * from rating_appeals order by appeal_id'),
    cases: await harness.dataSource.query('select * from rating_cases order by appeal_id, case_no'),
    feedback: await harness.dataSource.query('select * from rating_feedback order by appeal_id, answer_number'),
    analytics: await harness.dataSource.query('select * from analytics_appeals order by appeal_id'),
    verdicts: await harness.dataSource.query('select * from analytics_feedback order by appeal_id, answer_number'),
  });

  it('gives the same rows after a rebuild from position 0 as projected while the events arrived', async () => {
    const incremental = await snapshot();
    expect(incremental.analytics.length).toBeGreaterThan(2500);
    expect(incremental.cases.length).toBeGreaterThan(2500);
    await harness.runner.rebuild('ratings');
    await harness.runner.rebuild('analytics');
    expect(await snapshot()).toEqual(incremental);
  }, 120_000);

  it.each(GROUP_BY)(
    'by %s: no shown cell comes from fewer than 5 distinct voters, and total − shown never singles out fewer than 5',
    async (groupBy) => {
      const table = await queries.table(['66'], '2026-10-01', '2026-10-31', groupBy);
      expect(table.total.suppressed).toBe(false);
      // A month of one region split by topic, territory, project, day or (partial) week has small cells; as one month it has not.
      expect(table.cells.some((cell) => cell.suppressed)).toBe(groupBy !== 'MONTH');
      for (const cell of table.cells) {
        if (cell.suppressed) expect(cell.figures).toBeNull();
      }
      // The figures shown are the true ones: the visible submitted counts plus the hidden ones make the total.
      const shown = table.cells.reduce((sum, cell) => sum + (cell.figures?.submitted ?? 0), 0);
      const hidden = table.total.figures!.submitted - shown;
      expect(hidden).toBeGreaterThanOrEqual(0);
      if (table.cells.some((cell) => cell.suppressed))
        expect(hidden === 0 || table.cells.filter((cell) => cell.suppressed).length >= 2 || hidden >= 5).toBe(true);
    },
  );

  it('counts distinct voters exactly as SQL does: a category cell shown has at least 5 authors in the month', async () => {
    const table = await queries.table(['66'], '2026-10-01', '2026-10-31', 'CATEGORY');
    const authors: Array<{ topic: string; voters: number }> = await harness.dataSource.query(
      `select coalesce(c.parent_id, a.category_id) as topic, count(distinct a.subject_id)::int as voters
         from analytics_appeals a join registry_categories c on c.id = a.category_id
        where a.region_code = '66' and a.submitted_at >= '2026-09-30T19:00:00Z' and a.submitted_at < '2026-10-31T19:00:00Z'
        group by 1`,
    );
    let complements = 0;
    for (const { topic, voters } of authors) {
      const cell = table.cells.find((candidate) => candidate.key === topic)!;
      if (voters < 5) expect(cell.suppressed).toBe(true);
      if (!cell.suppressed) expect(cell.figures!.submitted).toBeGreaterThanOrEqual(voters);
      if (voters >= 5 && cell.suppressed) complements += 1;
    }
    expect(complements).toBeLessThanOrEqual(1); // at most one large cell hidden to protect the small ones
  });

  it('time series cover every period of the range', async () => {
    const days = await queries.table(['66'], '2026-10-01', '2026-10-31', 'DAY');
    expect(days.cells.map((cell) => cell.key)).toHaveLength(31);
    expect(days.cells[0].key).toBe('2026-10-01');
    const weeks = await queries.table(['66'], '2026-10-01', '2026-10-31', 'WEEK');
    expect(weeks.cells[0].key).toBe('2026-09-28'); // the Monday of the week holding 1 October
    const months = await queries.table(['66'], '2026-08-01', '2026-10-31', 'MONTH');
    expect(months.cells.map((cell) => cell.key)).toEqual(['2026-08-01', '2026-09-01', '2026-10-01']);
    expect(months.cells.reduce((sum, cell) => sum + cell.figures!.submitted, 0)).toBe(months.total.figures!.submitted);
  });

  it('refuses a bad range with a message saying what to fix', async () => {
    await expect(queries.table(['66'], '2026-10-31', '2026-10-01', 'DAY')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('must not be after'),
    });
    await expect(queries.table(['66'], '2026-13-01', '2026-10-01', 'DAY')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'from' },
    });
    await expect(queries.table(['99'], '2026-10-01', '2026-10-02', 'DAY')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
