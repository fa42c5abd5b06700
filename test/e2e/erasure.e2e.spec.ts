import { type RunningApi, startApi } from '@test/running-api';

/** 152-ФЗ erasure: the voter's personal data goes; their appeals, feedback and the event log stay as they were. */
describe('eraseMyPersonalData', () => {
  let api: RunningApi;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    api = await startApi();
    for (const login of ['voter1', 'deputy1']) tokens[login] = await api.token(login);
  });
  afterAll(async () => {
    await api?.stop();
  });

  const sql = <T>(text: string, values: unknown[] = []): Promise<T[]> => api.sql<T>(text, values);
  const as = (login: string, query: string, variables?: Record<string, unknown>) => api.graphql(query, { token: tokens[login], variables });
  const mutate = async (login: string, mutation: string, input: Record<string, unknown>, type: string): Promise<string> => {
    const response = await as(login, `mutation ($input: ${type}!) { ${mutation}(input: $input) { appealId } }`, { input });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return (response.data![mutation] as { appealId: string }).appealId;
  };

  it('leaves appeals, feedback and the event log unchanged, with "personal data erased" in place of the author', async () => {
    const appealId = await mutate(
      'voter1',
      'submitAppeal',
      {
        regionCode: '66',
        territoryId: '66-ekaterinburg',
        categoryId: 'roads',
        subject: 'Нет освещения',
        text: 'Во дворе не горят фонари.',
        consent: true,
        name: 'Анна Смирнова',
        contact: '+7 900 000-00-00',
      },
      'SubmitAppealInput',
    );
    await mutate('deputy1', 'answerAppeal', { appealId, text: 'Фонари заменят на этой неделе.' }, 'AppealTextInput');
    await mutate(
      'voter1',
      'submitFeedback',
      { appealId, promptness: 5, quality: 5, attentiveness: 4, solved: 'YES' },
      'SubmitFeedbackInput',
    );

    const page = `{ appeal(id: "${appealId}") { status subject text feedback { promptness quality attentiveness solved } author { erased name contact } } }`;
    let before: unknown;
    for (let tries = 0; tries < 100; tries++) {
      before = (await as('deputy1', page)).data?.appeal;
      if ((before as { status?: string } | undefined)?.status === 'CLOSED') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(before).toMatchObject({ status: 'CLOSED', author: { erased: false, name: 'Анна Смирнова' } });
    const count = async () => (await as('voter1', '{ myAppeals(status: CLOSED) { totalCount } }')).data?.myAppeals;
    const countBefore = await count();
    const eventLog =
      "select md5(string_agg(e::text, ',' order by global_position)) as digest, count(*)::int as n from event_store.events e";
    const [logBefore] = await sql<{ digest: string; n: number }>(eventLog);
    const feedbackRows =
      'select appeal_id, answer_number, promptness, quality, attentiveness, solved from appeal_feedback order by appeal_id';
    const feedbackBefore = await sql(feedbackRows);
    const [ciphertext] = await sql<{ ciphertext: Buffer }>('select ciphertext from pii_records');
    expect(ciphertext).toBeDefined();

    const erased = await as('voter1', 'mutation { eraseMyPersonalData(input: { confirm: true }) { erased name contact } }');
    expect(erased.data?.eraseMyPersonalData).toEqual({ erased: true, name: null, contact: null });

    expect((await as('deputy1', page)).data?.appeal).toEqual({
      ...(before as object),
      author: { erased: true, name: null, contact: null },
    });
    expect(await count()).toEqual(countBefore);
    expect(await sql(eventLog)).toEqual([logBefore]);
    expect(await sql(feedbackRows)).toEqual(feedbackBefore);
    expect(await sql('select count(*)::int as n from pii_records')).toEqual([{ n: 0 }]);
    expect(await sql('select count(*)::int as n from pii_subject_keys where wrapped_key is not null')).toEqual([{ n: 0 }]);

    const again = await as('voter1', 'mutation { updateMyPersonalData(input: { name: "Анна" }) { erased } }');
    expect(again.errors?.[0].extensions?.code).toBe('INVALID_STATE');
  });

  it('asks for confirmation', async () => {
    const response = await as('voter1', 'mutation { eraseMyPersonalData(input: { confirm: false }) { erased } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'confirm' });
  });
});
