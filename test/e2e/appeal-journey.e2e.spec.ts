import { randomUUID } from 'node:crypto';
import { type RunningApi, startApi } from '@test/running-api';

const DEPUTY1 = '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0001';

/** The heart of the product over HTTP, with tokens of the demo accounts. */
describe('an appeal from submission to rating', () => {
  let api: RunningApi;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    api = await startApi();
    for (const login of ['voter1', 'voter2', 'deputy1', 'assistant1', 'deputy2', 'moderator1', 'analyst1'])
      tokens[login] = await api.token(login);
  });
  afterAll(async () => {
    await api?.stop();
  });

  const run = async (login: string, mutation: string, input: Record<string, unknown>) => {
    const response = await api.graphql(
      `mutation ($input: ${inputType(mutation)}!) { ${mutation}(input: $input) { appealId status deputyId answerDueAt events duplicate } }`,
      {
        token: tokens[login],
        variables: { input },
      },
    );
    return { result: response.data?.[mutation] as Record<string, unknown> | undefined, error: response.errors?.[0] };
  };
  const submission = {
    regionCode: '66',
    territoryId: '66-ekaterinburg',
    categoryId: 'roads',
    subject: 'Яма на дороге у дома 5',
    text: 'Во дворе дома 5 по улице Ленина глубокая яма, машины повреждают колёса.',
    consent: true,
    name: 'Анна Смирнова',
    contact: 'anna@example.ru',
  };

  it('is routed to deputy1, handled with a clarification, answered, rated and closed', async () => {
    const commandId = randomUUID();
    const submitted = await run('voter1', 'submitAppeal', { ...submission, commandId });
    expect(submitted.error).toBeUndefined();
    expect(submitted.result).toMatchObject({
      status: 'ASSIGNED',
      deputyId: DEPUTY1,
      events: ['AppealSubmitted', 'AppealAssigned'],
      duplicate: false,
    });
    const appealId = submitted.result!.appealId as string;

    const again = await run('voter1', 'submitAppeal', { ...submission, commandId });
    expect(again.result).toMatchObject({ appealId, duplicate: true, events: ['AppealSubmitted', 'AppealAssigned'] });
    // Another voter sending the same command id learns nothing about this appeal.
    const hijack = await run('voter2', 'submitAppeal', { ...submission, commandId });
    expect(hijack.error).toMatchObject({ extensions: { code: 'CONFLICT', field: 'commandId' } });
    expect(JSON.stringify(hijack)).not.toContain(appealId);

    // Someone else's appeal answers exactly like one that does not exist.
    expect((await run('voter2', 'withdrawAppeal', { appealId })).error?.extensions?.code).toBe('NOT_FOUND');
    expect((await run('deputy2', 'answerAppeal', { appealId, text: 'Ответ' })).error?.extensions?.code).toBe('NOT_FOUND');
    expect((await run('analyst1', 'answerAppeal', { appealId, text: 'Ответ' })).error?.extensions?.code).toBe('FORBIDDEN');

    expect((await run('assistant1', 'acknowledgeAppeal', { appealId })).result).toMatchObject({ status: 'IN_PROGRESS' });
    // Each viewer is told what they may do now; the screens show exactly these buttons.
    // (once the read model shows the step just taken)
    const actionsOf = (login: string, status: string) =>
      eventually(async () => {
        const appeal = (await api.graphql(`{ appeal(id: "${appealId}") { status open allowedActions } }`, { token: tokens[login] })).data
          ?.appeal as { status: string; open: boolean; allowedActions: string[] } | undefined;
        return appeal?.status === status ? { open: appeal.open, allowedActions: appeal.allowedActions } : undefined;
      });
    expect(await actionsOf('deputy1', 'IN_PROGRESS')).toEqual({
      open: true,
      allowedActions: ['REQUEST_CLARIFICATION', 'ANSWER', 'FORWARD', 'EXTEND_DEADLINE', 'REJECT'],
    });
    expect(await actionsOf('voter1', 'IN_PROGRESS')).toEqual({ open: true, allowedActions: ['WITHDRAW'] });
    expect(await actionsOf('moderator1', 'IN_PROGRESS')).toEqual({ open: true, allowedActions: ['REJECT', 'ASSIGN', 'RECATEGORIZE'] });
    const inbox = await api.graphql(`{ deputyInbox(first: 100) { items { id allowedActions } } }`, { token: tokens['assistant1'] });
    const listed = (inbox.data?.deputyInbox as { items: Array<{ id: string; allowedActions: string[] }> }).items;
    expect(listed.find((item) => item.id === appealId)?.allowedActions).toContain('ANSWER');
    expect((await run('deputy1', 'requestClarification', { appealId, text: 'Уточните, пожалуйста, номер подъезда' })).result).toMatchObject(
      {
        status: 'AWAITING_CLARIFICATION',
      },
    );
    expect((await run('voter1', 'provideClarification', { appealId, text: 'Напротив второго подъезда' })).result).toMatchObject({
      status: 'IN_PROGRESS',
    });
    expect(
      (await run('deputy1', 'answerAppeal', { appealId, text: 'Направлен запрос в администрацию, ремонт назначен на июнь.' })).result,
    ).toMatchObject({
      status: 'ANSWERED',
    });

    expect(await actionsOf('voter1', 'ANSWERED')).toEqual({ open: false, allowedActions: ['SUBMIT_FEEDBACK', 'REOPEN'] });
    expect(await actionsOf('deputy1', 'ANSWERED')).toEqual({ open: false, allowedActions: [] });

    const badScore = await run('voter1', 'submitFeedback', { appealId, promptness: 6, quality: 5, attentiveness: 5, solved: 'YES' });
    expect(badScore.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'promptness' } });
    expect(
      (await run('voter1', 'submitFeedback', { appealId, promptness: 5, quality: 4, attentiveness: 5, solved: 'PARTLY' })).result,
    ).toMatchObject({
      status: 'CLOSED',
      events: ['FeedbackSubmitted', 'AppealClosed'],
    });
    const twice = await run('voter1', 'submitFeedback', { appealId, promptness: 1, quality: 1, attentiveness: 1, solved: 'NO' });
    expect(twice.error?.extensions?.code).toMatch(/INVALID_STATE|CONFLICT/);

    // The timeline, from the read model, shows each step.
    const page = `{ appeal(id: "${appealId}") { status deputyId overdue timeline { type text } feedback { quality solved } author { name contact erased } } }`;
    const seen = await eventually(async () => {
      const response = await api.graphql(page, { token: tokens.voter1 });
      const appeal = response.data?.appeal as { status: string } | undefined;
      return appeal?.status === 'CLOSED' ? appeal : undefined;
    });
    expect(seen).toEqual({
      status: 'CLOSED',
      deputyId: DEPUTY1,
      overdue: false,
      timeline: [
        { type: 'AppealSubmitted', text: null },
        { type: 'AppealAssigned', text: null },
        { type: 'AppealAcknowledged', text: null },
        { type: 'ClarificationRequested', text: 'Уточните, пожалуйста, номер подъезда' },
        { type: 'ClarificationProvided', text: 'Напротив второго подъезда' },
        { type: 'AppealAnswered', text: 'Направлен запрос в администрацию, ремонт назначен на июнь.' },
        { type: 'FeedbackSubmitted', text: null },
        { type: 'AppealClosed', text: null },
      ],
      feedback: [{ quality: 4, solved: 'PARTLY' }],
      author: { name: 'Анна Смирнова', contact: 'anna@example.ru', erased: false },
    });

    // Only the author and the handling deputy see who wrote it; the deputy's read is logged for the voter.
    const asDeputy = await api.graphql(page, { token: tokens.deputy1 });
    expect((asDeputy.data?.appeal as { author: unknown }).author).toEqual({
      name: 'Анна Смирнова',
      contact: 'anna@example.ru',
      erased: false,
    });
    const asModerator = await api.graphql(page, { token: tokens.moderator1 });
    expect((asModerator.data?.appeal as { author: unknown }).author).toBeNull();
    for (const outsider of ['voter2', 'deputy2', 'analyst1']) {
      expect((await api.graphql(page, { token: tokens[outsider] })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const log = await api.graphql('{ myPersonalData { accessLog { readerRole purpose appealId } } }', { token: tokens.voter1 });
    expect((log.data?.myPersonalData as { accessLog: unknown[] }).accessLog).toContainEqual({
      readerRole: 'DEPUTY',
      purpose: 'appeal',
      appealId,
    });

    const mine = await api.graphql('{ myAppeals { totalCount items { id status } } }', { token: tokens.voter1 });
    expect((mine.data?.myAppeals as { items: Array<{ id: string }> }).items.map((a) => a.id)).toContain(appealId);
    const figures = await api.graphql(
      `{ deputy(id: "${DEPUTY1}") { fullName responsiveness { appealsReceived answered answeredOnTime medianFirstResponseHours } } }`,
    );
    expect(figures.data?.deputy).toMatchObject({
      fullName: 'Кузнецова Ольга Викторовна',
      responsiveness: { answered: 1, answeredOnTime: 1 },
    });
    const list = await api.graphql('{ deputies(regionCode: "66") { id responsiveness { appealsReceived answered } } }');
    expect(list.data?.deputies).toEqual(
      expect.arrayContaining([
        { id: DEPUTY1, responsiveness: { appealsReceived: expect.any(Number), answered: 1 } },
        { id: '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0002', responsiveness: { appealsReceived: 0, answered: 0 } },
      ]),
    );
    const closedInbox = await api.graphql('{ deputyInbox(status: CLOSED) { items { id } } }', { token: tokens.assistant1 });
    expect((closedInbox.data?.deputyInbox as { items: Array<{ id: string }> }).items.map((a) => a.id)).toContain(appealId);
  });

  it('refuses bad input with the field named, keeping no personal data of a refused submission', async () => {
    const voter2 = (query: string) => api.graphql(query, { token: tokens.voter2 });
    const long = await run('voter1', 'submitAppeal', { ...submission, subject: 'я'.repeat(201) });
    expect(long.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'subject' } });
    const territory = await run('voter1', 'submitAppeal', { ...submission, territoryId: '74-chelyabinsk' });
    expect(territory.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'territoryId' } });
    const category = await run('voter1', 'submitAppeal', { ...submission, categoryId: 'no-such-category' });
    expect(category.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'categoryId' } });
    const noConsent = await run('voter1', 'submitAppeal', { ...submission, consent: false });
    expect(noConsent.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'consent' } });
    const refused = await run('voter2', 'submitAppeal', { ...submission, subject: '', name: 'Игорь Петров', contact: 'igor@example.ru' });
    expect(refused.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'subject' } });
    expect((await voter2('{ myPersonalData { name contact } }')).data).toEqual({ myPersonalData: { name: null, contact: null } });
  });

  it('lets the voter write to a deputy of their territory by choice, and a moderator reassign', async () => {
    const chosen = await run('voter1', 'submitAppeal', { ...submission, addressedDeputyId: DEPUTY1 });
    expect(chosen.result).toMatchObject({ status: 'ASSIGNED', deputyId: DEPUTY1 });
    const elsewhere = await run('voter1', 'submitAppeal', { ...submission, addressedDeputyId: '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0002' });
    expect(elsewhere.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'addressedDeputyId' } });
    const moved = await run('moderator1', 'assignAppeal', {
      appealId: chosen.result!.appealId,
      deputyId: '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0002',
      reason: 'по территории',
    });
    expect(moved.result).toMatchObject({ status: 'ASSIGNED', deputyId: '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0002' });
    expect((await run('deputy1', 'answerAppeal', { appealId: chosen.result!.appealId, text: 'Ответ' })).error?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const unknown = await run('moderator1', 'assignAppeal', {
      appealId: chosen.result!.appealId,
      deputyId: '0b6a3a52-0000-4000-8000-000000000000',
    });
    expect(unknown.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'deputyId' } });
    const noCategory = await run('moderator1', 'recategorizeAppeal', { appealId: chosen.result!.appealId, categoryId: 'no-such-category' });
    expect(noCategory.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'categoryId' } });
    // Not to a deputy of another region: the appeal (and who wrote it) stays in its region.
    const admin = await api.token('admin1');
    const registered = await api.graphql(
      'mutation { registerDeputy(input: { fullName: "Соколов Андрей Петрович", level: REGIONAL, regionCode: "74", territoryIds: ["74-chelyabinsk"] }) }',
      { token: admin },
    );
    const elsewhereDeputy = registered.data!.registerDeputy as string;
    await eventually(async () => (await api.graphql(`{ deputy(id: "${elsewhereDeputy}") { id } }`)).data?.deputy ?? undefined);
    const away = await run('moderator1', 'assignAppeal', { appealId: chosen.result!.appealId, deputyId: elsewhereDeputy });
    expect(away.error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'deputyId' } });
  });
});

function inputType(mutation: string): string {
  const types: Record<string, string> = {
    submitAppeal: 'SubmitAppealInput',
    acknowledgeAppeal: 'AppealRefInput',
    withdrawAppeal: 'AppealRefInput',
    requestClarification: 'AppealTextInput',
    provideClarification: 'AppealTextInput',
    answerAppeal: 'AppealTextInput',
    submitFeedback: 'SubmitFeedbackInput',
    assignAppeal: 'AssignAppealInput',
    recategorizeAppeal: 'RecategorizeAppealInput',
  };
  return types[mutation];
}

/** Read models follow the log a moment later: ask again until the answer arrives (10 s at most). */
async function eventually<T>(read: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('The read model did not catch up in 10 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
