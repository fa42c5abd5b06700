import { createTestDatabase, type TestDatabase } from '@test/database';
import { Client } from 'pg';
import { firstResponseHoursSql, latestVerdictsSql, medianFirstResponseHoursSql } from './figures';

/** The one definition of "median first response" and "latest verdict" (docs/ratings.md), run by PostgreSQL on small hand-made sets. */
describe('figure definitions shared by ratings, analytics and the public figures', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase('figures');
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const T0 = '2026-03-02T09:00:00Z';
  const at = (hours: number): string => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();
  /** Items as (responded after hours | null, ended without a response), asked about at T0 + 100 h. */
  const median = async (items: ReadonlyArray<readonly [number | null, boolean]>): Promise<number | null> => {
    const hours = firstResponseHoursSql({
      since: 'i.since',
      respondedAt: 'i.responded_at',
      responded: 'i.responded_at <= $2',
      waiting: 'not i.ended',
    });
    const { rows } = await client.query(
      `select ${medianFirstResponseHoursSql(hours)} as median
         from jsonb_to_recordset($1::jsonb) as i(since timestamptz, responded_at timestamptz, ended boolean)`,
      [JSON.stringify(items.map(([h, ended]) => ({ since: T0, responded_at: h === null ? null : at(h), ended }))), at(100)],
    );
    return rows[0].median;
  };

  it('is the lower middle wait, to one decimal: a wait some appeal really had', async () => {
    expect(await median([[2, false]])).toBe(2);
    expect(
      await median([
        [2, false],
        [10, false],
      ]),
    ).toBe(2); // not the 6 an interpolated median would give
    expect(
      await median([
        [1.04, false],
        [5, false],
        [30, false],
      ]),
    ).toBe(5);
    expect(
      await median([
        [1.25, false],
        [3, false],
        [4, false],
      ]),
    ).toBe(3);
    expect(await median([[12.345, false]])).toBe(12.3);
  });

  it('counts an item still waiting as infinitely long: null once fewer than half responded', async () => {
    expect(
      await median([
        [3, false],
        [null, false],
      ]),
    ).toBe(3); // half responded
    expect(
      await median([
        [3, false],
        [null, false],
        [null, false],
      ]),
    ).toBeNull();
    expect(
      await median([
        [3, false],
        [7, false],
        [null, false],
      ]),
    ).toBe(7); // the waiting one pushes the median up
    expect(
      await median([
        [3, false],
        [200, false],
      ]),
    ).toBe(3); // responded after the moment asked about: still waiting then
    expect(
      await median([
        [3, false],
        [200, false],
        [200, false],
      ]),
    ).toBeNull();
  });

  it('leaves out an item that ended without a response, and has no value without items', async () => {
    expect(
      await median([
        [3, false],
        [null, true],
        [null, true],
      ]),
    ).toBe(3);
    expect(await median([[null, true]])).toBeNull();
    expect(await median([])).toBeNull();
  });

  it('takes as the latest verdict the feedback on the highest-numbered answer given by then, one per scope', async () => {
    const feedback = [
      { appeal_id: 'a', deputy_id: 'd1', answer_number: 1, submitted_at: at(1), solved: 'NO' },
      { appeal_id: 'a', deputy_id: 'd2', answer_number: 2, submitted_at: at(5), solved: 'PARTLY' },
      { appeal_id: 'a', deputy_id: 'd2', answer_number: 3, submitted_at: at(9), solved: 'YES' },
      { appeal_id: 'b', deputy_id: 'd1', answer_number: 1, submitted_at: at(2), solved: 'YES' },
    ];
    const FEEDBACK = 'f(appeal_id text, deputy_id text, answer_number int, submitted_at timestamptz, solved text)';
    const latest = async (per: string[], by: number): Promise<unknown[]> =>
      (
        await client.query(
          `select appeal_id, deputy_id, answer_number, solved from (${latestVerdictsSql({
            from: `jsonb_to_recordset($1::jsonb) as ${FEEDBACK}`,
            alias: 'f',
            per,
            given: 'f.submitted_at <= $2',
          })}) latest order by 1, 2`,
          [JSON.stringify(feedback), at(by)],
        )
      ).rows.map((row) => [row.appeal_id, row.deputy_id, row.answer_number, row.solved]);
    expect(await latest(['f.appeal_id'], 100)).toEqual([
      ['a', 'd2', 3, 'YES'],
      ['b', 'd1', 1, 'YES'],
    ]);
    expect(await latest(['f.appeal_id'], 6)).toEqual([
      ['a', 'd2', 2, 'PARTLY'],
      ['b', 'd1', 1, 'YES'],
    ]);
    // Per deputy (the ratings): each deputy keeps the voter's verdict on their own answers.
    expect(await latest(['f.appeal_id', 'f.deputy_id'], 100)).toEqual([
      ['a', 'd1', 1, 'NO'],
      ['a', 'd2', 3, 'YES'],
      ['b', 'd1', 1, 'YES'],
    ]);
  });
});
