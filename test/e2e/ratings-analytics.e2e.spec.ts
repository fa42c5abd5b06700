import { type RunningApi, startApi } from '@test/running-api';

const DEPUTY1 = '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0001';
const DEPUTY2 = '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0002';
const RATING = `rating { deputyId score ranked received answered feedback distinctVoters flags
  resolutionRate { successes total } quality { count mean shrunk interval { low high } } breakdown { key weight value points } }`;

/** Ratings and analytics over HTTP as analysts, moderators and deputies reach them, and their CSV exports. */
describe('ratings and analytics over HTTP', () => {
  let api: RunningApi;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    // NODE_ENV=development: the demo seeder runs only there.
    api = await startApi({ NODE_ENV: 'development', DEMO_APPEALS: '600' });
    await api.process.waitFor('demo data ready', 120_000);
    for (const login of ['voter1', 'deputy1', 'assistant1', 'moderator1', 'analyst1']) tokens[login] = await api.token(login);
  });
  afterAll(async () => {
    await api?.stop();
  });

  const query = async (login: string, document: string, variables: Record<string, unknown> = {}) => {
    const response = await api.graphql(document, { token: tokens[login], variables });
    return {
      data: response.data ?? null,
      error: response.errors?.[0],
    };
  };
  const rating = async (login: string, deputyId: string, asOf?: string) =>
    query(login, `query ($id: ID!, $asOf: String) { deputyRating(deputyId: $id, asOf: $asOf) { asOf ${RATING} trend { month score } } }`, {
      id: deputyId,
      asOf,
    });
  const exportCsv = (path: string, login?: string) =>
    fetch(`${api.base}${path}`, { headers: login ? { authorization: `Bearer ${tokens[login]}` } : {} });

  it("a voter's rating of an answer shows in the deputy's figures", async () => {
    const before = await rating('analyst1', DEPUTY1);
    expect(before.error).toBeUndefined();

    const run = async (login: string, mutation: string, type: string, input: Record<string, unknown>) => {
      const result = await query(login, `mutation ($input: ${type}!) { ${mutation}(input: $input) { appealId status } }`, { input });
      expect(result.error).toBeUndefined();
      return result.data![mutation] as { appealId: string };
    };
    const { appealId } = await run('voter1', 'submitAppeal', 'SubmitAppealInput', {
      regionCode: '66',
      territoryId: '66-ekaterinburg',
      categoryId: 'roads',
      addressedDeputyId: DEPUTY1,
      subject: 'Не работает светофор',
      text: 'На перекрёстке Ленина и 8 Марта третий день не работает светофор.',
      consent: true,
      name: 'Анна Смирнова',
      contact: 'anna@example.ru',
    });
    await run('deputy1', 'answerAppeal', 'AppealTextInput', { appealId, text: 'Светофор отремонтирован.' });
    await run('voter1', 'submitFeedback', 'SubmitFeedbackInput', { appealId, promptness: 5, quality: 5, attentiveness: 5, solved: 'YES' });

    const feedbackBefore = (before.data!.deputyRating as { rating: { feedback: number } }).rating.feedback;
    let after = before;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      after = await rating('analyst1', DEPUTY1);
      if ((after.data!.deputyRating as { rating: { feedback: number } }).rating.feedback > feedbackBefore) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [was, now] = [before, after].map(
      (result) =>
        (result.data!.deputyRating as { rating: { feedback: number; answered: number; resolutionRate: { successes: number } } }).rating,
    );
    expect(now.feedback).toBe(was.feedback + 1);
    expect(now.answered).toBe(was.answered + 1);
    expect(now.resolutionRate.successes).toBe(was.resolutionRate.successes + 1);
  });

  it('gives the whole region ranked, with those under the minimum sample apart', async () => {
    const { data, error } = await query(
      'moderator1',
      `{ deputyRatings(regionCode: "66") { asOf ranked { rank score fullName } belowMinimumSample { ranked flags } method { minimumAnswered weights { key weight } } } }`,
    );
    expect(error).toBeUndefined();
    const ratings = data!.deputyRatings as {
      ranked: Array<{ rank: number; score: number }>;
      belowMinimumSample: Array<{ ranked: boolean; flags: string[] }>;
      method: { weights: Array<{ weight: number }> };
    };
    expect(ratings.ranked.length + ratings.belowMinimumSample.length).toBeGreaterThan(1);
    ratings.ranked.forEach((row, index) => index > 0 && expect(row.rank).toBeGreaterThanOrEqual(ratings.ranked[index - 1].rank));
    expect(ratings.belowMinimumSample.every((row) => !row.ranked && row.flags.includes('BELOW_MINIMUM_SAMPLE'))).toBe(true);
    expect(ratings.method.weights.reduce((sum, w) => sum + w.weight, 0)).toBeCloseTo(1, 10);
  });

  it('keeps everyone to their scope', async () => {
    expect((await query('moderator1', '{ deputyRatings(regionCode: "77") { asOf } }')).error?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await query('moderator1', '{ regionalAnalytics(regionCode: "77", from: "2026-01-01", to: "2026-03-31", groupBy: MONTH) { k } }'))
        .error?.extensions?.code,
    ).toBe('FORBIDDEN');
    const overview = await query('moderator1', '{ regionsOverview(from: "2026-01-01", to: "2026-12-31") { regions { key } } }');
    expect((overview.data!.regionsOverview as { regions: Array<{ key: string }> }).regions.map((r) => r.key)).toEqual(['66']);
    expect((await rating('deputy1', DEPUTY1)).error).toBeUndefined();
    expect((await rating('assistant1', DEPUTY1)).error).toBeUndefined();
    expect((await rating('deputy1', DEPUTY2)).error?.extensions?.code).toBe('FORBIDDEN');
  });

  it('says what to fix in a bad request', async () => {
    expect((await rating('analyst1', DEPUTY1, '2026-02-30')).error).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'asOf' },
    });
    expect((await rating('analyst1', DEPUTY1, '2999-01-01')).error?.message).toContain('in the future');
    expect((await query('analyst1', '{ deputyRatings(regionCode: "00") { asOf } }')).error?.extensions?.code).toBe('NOT_FOUND');
    const backwards = await query(
      'analyst1',
      '{ regionalAnalytics(regionCode: "66", from: "2026-05-01", to: "2026-04-01", groupBy: DAY) { k } }',
    );
    expect(backwards.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'from' } });
  });

  it('exports the ratings as CSV for spreadsheets, with the same figures as GraphQL', async () => {
    const response = await exportCsv('/export/deputy-ratings.csv?regionCode=66', 'analyst1');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="deputy-ratings-66-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte order mark Excel needs for Cyrillic
    const [header, ...rows] = new TextDecoder().decode(bytes).trim().split(/\r?\n/);
    expect(header.split(',').slice(0, 5)).toEqual(['rank', 'deputy_id', 'full_name', 'ranked', 'score']);
    const graph = await query(
      'analyst1',
      '{ deputyRatings(regionCode: "66") { ranked { deputyId score } belowMinimumSample { deputyId } } }',
    );
    const { ranked, belowMinimumSample } = graph.data!.deputyRatings as {
      ranked: Array<{ deputyId: string; score: number }>;
      belowMinimumSample: unknown[];
    };
    expect(rows).toHaveLength(ranked.length + belowMinimumSample.length);
    if (ranked.length > 0) expect(rows[0].split(',').slice(1, 2)).toEqual([ranked[0].deputyId]);
  });

  it('exports analytics with the same suppression, and refuses without a token or outside the scope', async () => {
    const path = '/export/regional-analytics.csv?regionCode=66&from=2026-01-01&to=2026-12-31&groupBy=TERRITORY';
    const csv = await (await exportCsv(path, 'moderator1')).text(); // text() drops the byte order mark
    const graph = await query(
      'moderator1',
      '{ regionalAnalytics(regionCode: "66", from: "2026-01-01", to: "2026-12-31", groupBy: TERRITORY) { cells { key suppressed submitted } total { suppressed submitted } } }',
    );
    const { cells } = graph.data!.regionalAnalytics as { cells: Array<{ key: string; suppressed: boolean; submitted: number | null }> };
    const lines = csv.trim().split(/\r?\n/).slice(1);
    expect(lines).toHaveLength(cells.length + 1);
    cells.forEach((cell, index) => {
      // Names may hold quoted commas; the key comes first and the figures last.
      const fields = lines[index].split(',');
      expect(fields[0]).toBe(cell.key);
      expect(fields.at(-9)).toBe(String(cell.suppressed));
      expect(fields.at(-8)).toBe(cell.submitted === null ? '' : String(cell.submitted));
    });

    const anonymous = await exportCsv(path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const outside = await exportCsv(path.replace('regionCode=66', 'regionCode=77'), 'moderator1');
    expect(outside.status).toBe(403);
    const bad = await exportCsv(path.replace('groupBy=TERRITORY', 'groupBy=YEAR'), 'analyst1');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
    expect((await exportCsv('/export/deputy-ratings.csv?regionCode=66', 'voter1')).status).toBe(403);
  });
});
