import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type StoredEvent } from '@app/event-store';
import { openReadModelDatabase } from '@app/platform/database/data-source';
import { executeCommand } from '@app/platform/event-sourcing/command-executor';
import { ProjectionCheckpoints1763900000000, ProjectionRunner } from '@app/projections';
import { createTestDatabase, type TestDatabase } from '@test/database';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppealCommand, SubmitAppeal } from '../domain/appeal-commands';
import { appealDecider } from '../domain/appeal-decider';
import type { AppealEvent, AppealSubmitted, Solved } from '../domain/appeal-events';
import { APPEAL_STATUSES, type AppealStatus, type RegisteredAppeal, evolve, initialState } from '../domain/appeal-state';
import { type Actor, as, day } from '../domain/testing/appeal-fixtures';
import { AppealsReadModel1763900300000 } from './1763900300000-appeals-read-model';
import { isOpen } from '../domain/appeal-state';
import { OPEN_INBOX_STATUSES, AppealQueries, type Page } from './appeal-queries';
import type { AppealRow } from './appeal-row';
import { AppealsProjection } from './appeals.projection';

const DEPUTIES = ['deputy-a', 'deputy-b', 'deputy-c'];
const VOTERS = ['voter-a', 'voter-b', 'voter-c', 'voter-d'];
const APPEALS = 30;
const deputy = (deputyId: string): Actor => ({ actorId: `user-${deputyId}`, role: 'DEPUTY', deputyId });
const voter = (subjectId: string): Actor => ({ actorId: subjectId, role: 'VOTER' });

type DataOf<TType extends AppealCommand['type']> = Omit<Extract<AppealCommand, { type: TType }>['data'], 'appealId'>;

/** Counts batches and the statements each one took, to hold `apply` to a fixed number of round trips. */
class RecordingProjection extends AppealsProjection {
  readonly batches: Array<{ events: number; statements: number }> = [];

  override async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    let statements = 0;
    const counting = new Proxy(manager, {
      get: (target, property, receiver) =>
        property === 'query'
          ? (...args: Parameters<EntityManager['query']>) => (statements++, target.query(...args))
          : Reflect.get(target, property, receiver),
    });
    await super.apply(events, counting);
    this.batches.push({ events: events.length, statements });
  }
}

describe('the appeals read model, from commands through the decider and the log to its rows', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;
  let runner: ProjectionRunner;
  const queries = () => new AppealQueries(dataSource);
  const appealIds: string[] = [];

  /** Runs one command against the appeal's stream with the real decider, as the API would. */
  async function run<TType extends AppealCommand['type']>(
    appealId: string,
    type: TType,
    data: DataOf<TType>,
    actor: Actor,
    at: string,
  ): Promise<void> {
    const commandId = randomUUID();
    const command = { type, data: { appealId, ...data }, metadata: { ...actor, commandId, at } } as AppealCommand;
    await executeCommand(store, `appeal-${appealId}`, appealDecider, command, { commandId, actorId: actor.actorId, occurredAt: at });
  }

  /** Appeal `i` lives one of ten lifecycles; appeals of one lifecycle share submission time (ties in due dates). */
  async function live(i: number): Promise<string> {
    const appealId = randomUUID();
    const dep = DEPUTIES[i % 3];
    const other = DEPUTIES[(i + 1) % 3];
    const author = VOTERS[i % 4];
    const lifecycle = i % 10;
    const t = (days: number, hours = 0) => day(days, lifecycle + hours);
    const routed = lifecycle !== 7;
    const submit: Omit<SubmitAppeal['data'], 'appealId'> = {
      subjectId: author,
      regionCode: i < 15 ? '66' : '77',
      territoryId: `territory-${i % 2}`,
      categoryId: i % 5 === 0 ? 'roads' : 'housing',
      subject: `Обращение № ${i}`,
      text: `Текст обращения № ${i}: во дворе дома ${i} не убирают снег.`,
      addressedDeputyId: i % 4 === 0 ? dep : null,
      deputyId: routed ? dep : null,
      routingRuleId: routed ? `rule-${i % 3}` : null,
      policyVersion: 'policy-2026-01',
      firstResponseTargetHours: i === 16 ? null : 24,
    };
    await run(appealId, 'SubmitAppeal', submit, voter(author), t(0));
    const feedback = (solved: Solved, score: number) => ({
      promptness: score,
      quality: 6 - score,
      attentiveness: 3,
      solved,
      comment: solved === 'YES' ? null : 'Не всё решено',
    });
    switch (lifecycle) {
      case 0: // routed and untouched
        break;
      case 1: // acknowledged; one then waits for the author's clarification
        await run(appealId, 'AcknowledgeAppeal', {}, deputy(dep), t(0, 3));
        if (i >= 21) await run(appealId, 'RequestClarification', { question: 'Какой адрес?' }, deputy(dep), t(1));
        break;
      case 2: // clarification round-trip, then answered (and closed without feedback after 30 days, for some)
        await run(appealId, 'AcknowledgeAppeal', {}, deputy(dep), t(0, 2));
        await run(appealId, 'RequestClarification', { question: 'Какой подъезд?' }, deputy(dep), t(1));
        await run(appealId, 'ProvideClarification', { text: 'Третий' }, voter(author), t(3));
        await run(appealId, 'AnswerAppeal', { text: 'Снег уберут до пятницы.' }, deputy(dep), t(10));
        if (i >= 20) await run(appealId, 'CloseAppeal', {}, as.system, t(41));
        break;
      case 3: // answered, rated as partly solved, reopened, answered again, rated as solved
        await run(appealId, 'AcknowledgeAppeal', {}, deputy(dep), t(0, 1));
        await run(appealId, 'AnswerAppeal', { text: 'Направили запрос в управляющую компанию.' }, deputy(dep), t(5));
        await run(appealId, 'SubmitFeedback', feedback('PARTLY', 2), voter(author), t(6));
        await run(appealId, 'ReopenAppeal', { reason: 'Убрали только половину двора' }, voter(author), t(7));
        await run(appealId, 'AcknowledgeAppeal', {}, deputy(dep), t(8));
        await run(appealId, 'AnswerAppeal', { text: 'Двор убран полностью.' }, deputy(dep), t(12));
        await run(appealId, 'SubmitFeedback', feedback('YES', 5), voter(author), t(13));
        break;
      case 4: // rejected, by a moderator or by the deputy
        await run(
          appealId,
          'RejectAppeal',
          { reason: 'SPAM', note: i >= 20 ? 'Реклама' : null },
          i >= 20 ? deputy(dep) : as.moderator,
          t(0, 5),
        );
        break;
      case 5: // withdrawn by the author
        await run(appealId, 'WithdrawAppeal', {}, voter(author), t(1));
        break;
      case 6: // first response missed, deadline extended, answer missed too; answered late for some
        await run(appealId, 'MarkOverdue', { deadline: 'FIRST_RESPONSE' }, as.system, t(2));
        await run(appealId, 'ExtendDeadline', { days: 7, reason: 'Ждём ответа администрации' }, deputy(dep), t(3));
        await run(appealId, 'MarkOverdue', { deadline: 'ANSWER' }, as.system, t(36)); // not due yet: no event
        await run(appealId, 'MarkOverdue', { deadline: 'ANSWER' }, as.system, t(38));
        if (i >= 16) await run(appealId, 'AnswerAppeal', { text: 'Ответ с опозданием.' }, deputy(dep), t(39));
        break;
      case 7: // not routed: a moderator assigns some, and recategorises one
        if (i >= 17) await run(appealId, 'AssignAppeal', { deputyId: dep, reason: 'Округ депутата' }, as.moderator, t(0, 4));
        if (i === 27) await run(appealId, 'RecategorizeAppeal', { categoryId: 'ecology' }, as.moderator, t(0, 5));
        break;
      case 8: // forwarded to a colleague, who forwards some to an outside authority
        await run(appealId, 'AcknowledgeAppeal', {}, deputy(dep), t(0, 1));
        await run(appealId, 'ForwardAppeal', { to: { kind: 'DEPUTY', deputyId: other }, reason: 'Округ коллеги' }, deputy(dep), t(1));
        if (i >= 18) {
          await run(
            appealId,
            'ForwardAppeal',
            { to: { kind: 'AUTHORITY', authority: 'Жилищная инспекция' }, reason: 'Её компетенция' },
            deputy(other),
            t(2),
          );
        }
        break;
      case 9: // answered late, rated unsolved, reopened (a new due date clears the mark); missed again for one
        await run(appealId, 'AcknowledgeAppeal', {}, deputy(dep), t(0, 1));
        await run(appealId, 'MarkOverdue', { deadline: 'ANSWER' }, as.system, t(31));
        await run(appealId, 'AnswerAppeal', { text: 'Ответ после срока.' }, deputy(dep), t(32));
        await run(appealId, 'SubmitFeedback', feedback('NO', 1), voter(author), t(33));
        await run(appealId, 'ReopenAppeal', { reason: 'Ничего не изменилось' }, voter(author), t(34));
        if (i === 29) await run(appealId, 'MarkOverdue', { deadline: 'ANSWER' }, as.system, t(65));
        break;
    }
    return appealId;
  }

  /** What the row must be, computed independently: the domain's own fold of the stream, plus counting. */
  async function oracle(appealId: string): Promise<{ row: AppealRow; stream: StoredEvent[] }> {
    const stream = await store.readStream(`appeal-${appealId}`);
    const events = stream.map((e) => ({ type: e.type, data: e.data }) as AppealEvent);
    const state = events.reduce(evolve, initialState) as RegisteredAppeal;
    const submitted = events[0].data as AppealSubmitted['data'];
    const lastReopen = events.map((e) => e.type).lastIndexOf('AppealReopened');
    const last = stream[stream.length - 1];
    return {
      stream,
      row: {
        appealId,
        subjectId: state.subjectId,
        regionCode: state.regionCode,
        territoryId: state.territoryId,
        categoryId: state.categoryId,
        deputyId: state.deputyId,
        addressedDeputyId: state.addressedDeputyId,
        status: state.status,
        subject: submitted.subject,
        text: submitted.text,
        submittedAt: state.submittedAt,
        answerDueAt: state.answerDueAt,
        firstResponseDueAt: state.firstResponseDueAt,
        firstRespondedAt: state.firstRespondedAt,
        answeredAt: state.lastAnsweredAt,
        closedAt: state.status === 'CLOSED' ? state.closedAt : null,
        overdue: events.slice(lastReopen + 1).some((e) => e.type === 'AppealOverdue'),
        extended: state.extension !== null,
        extensionDays: state.extension?.days ?? null,
        extensionReason: state.extension?.reason ?? null,
        answerCount: state.answerCount,
        reopenCount: events.filter((e) => e.type === 'AppealReopened').length,
        lastChangedAt: last.metadata.occurredAt,
        version: last.streamVersion,
      },
    };
  }

  let expected: AppealRow[];
  const byDueOrder = (a: AppealRow, b: AppealRow) =>
    a.answerDueAt < b.answerDueAt ? -1 : a.answerDueAt > b.answerDueAt ? 1 : a.appealId < b.appealId ? -1 : a.appealId > b.appealId ? 1 : 0;
  const snapshot = async () => ({
    appeals: await dataSource.query('select * from appeals order by appeal_id'),
    timeline: await dataSource.query('select * from appeal_timeline order by appeal_id, stream_version'),
    feedback: await dataSource.query('select * from appeal_feedback order by appeal_id, answer_number'),
  });
  /** Follows `endCursor` to the end, checking every page's shape; returns the ids in the order walked. */
  async function walk(
    list: (after: string | null) => Promise<Page<AppealRow>>,
    first: number,
  ): Promise<{ ids: string[]; totalCount: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let pages = 0; pages < 100; pages++) {
      const page: Page<AppealRow> = await list(after);
      if (totalCount === -1) totalCount = page.totalCount;
      expect(page.totalCount).toBe(totalCount);
      expect(page.items.length).toBeLessThanOrEqual(first);
      ids.push(...page.items.map((item) => item.appealId));
      if (!page.hasNextPage) {
        expect(ids).toHaveLength(totalCount);
        return { ids, totalCount };
      }
      expect(page.items).toHaveLength(first);
      after = page.endCursor;
    }
    throw new Error('pagination did not end');
  }

  beforeAll(async () => {
    database = await createTestDatabase('appeals_read_model');
    store = await PostgresEventStore.create({ connectionString: database.url });
    dataSource = await openReadModelDatabase({
      url: database.url,
      migrations: [ProjectionCheckpoints1763900000000, AppealsReadModel1763900300000],
    });
    // Live from the start: batches then cut the histories wherever commands happen to commit.
    runner = new ProjectionRunner(dataSource, store, [new AppealsProjection()]);
    await runner.start();
    for (let i = 0; i < APPEALS; i++) appealIds.push(await live(i));
    await runner.waitUntilCaughtUp();
    expected = await Promise.all(appealIds.map(async (id) => (await oracle(id)).row));
  }, 120_000);
  afterAll(async () => {
    await runner?.stop();
    await dataSource?.destroy();
    await store?.close();
    await database?.drop();
  });

  it('lives every lifecycle (the scenarios reach the statuses they mean to)', () => {
    expect([...new Set(expected.map((row) => row.status))].sort()).toEqual([...APPEAL_STATUSES].sort());
    expect(expected.filter((row) => row.overdue).length).toBeGreaterThan(3);
    expect(expected.some((row) => row.reopenCount > 0 && !row.overdue && row.status === 'REOPENED')).toBe(true);
  });

  it('gives each appeal the row the domain folds from its stream, with its whole timeline and its feedback', async () => {
    for (const row of expected) {
      const { stream } = await oracle(row.appealId);
      const details = await queries().byId(row.appealId);
      expect(details).toEqual({
        ...row,
        timeline: stream.map((e) => ({
          streamVersion: e.streamVersion,
          type: e.type,
          at: e.metadata.occurredAt,
          actorId: e.metadata.actorId,
          data: e.data,
        })),
        feedback: stream
          .filter((e) => e.type === 'FeedbackSubmitted')
          .map((e) => {
            const { appealId: _appealId, ...feedback } = e.data as Record<string, unknown>;
            return feedback;
          }),
        // The decider's own state (for allowedActions), folded from the stream itself.
        state: stream.map((e) => ({ type: e.type, data: e.data }) as AppealEvent).reduce(evolve, initialState),
      });
    }
    expect(await queries().byId(randomUUID())).toBeNull();
  });

  it('builds identical rows with batches of 1, 7 and 500, a handful of statements per batch whatever its size', async () => {
    await runner.stop();
    const live = await snapshot();
    expect(live.appeals).toHaveLength(APPEALS);
    const totalEvents = (await store.readAll({ commit: 0n, prepare: 0n }, 10_000)).length;
    for (const batchSize of [1, 7, 500]) {
      const projection = new RecordingProjection();
      const rebuilding = new ProjectionRunner(dataSource, store, [projection], { batchSize });
      await rebuilding.rebuild('appeals');
      expect(await snapshot()).toEqual(live);
      expect(projection.batches.reduce((sum, batch) => sum + batch.events, 0)).toBe(totalEvents);
      expect(Math.max(...projection.batches.map((batch) => batch.events))).toBe(Math.min(batchSize, totalEvents));
      expect(Math.max(...projection.batches.map((batch) => batch.statements))).toBeLessThanOrEqual(4);
    }
    await runner.start();
  }, 120_000);

  it('is idempotent: applying the whole log again, or a part of it, leaves the same rows', async () => {
    await runner.waitUntilCaughtUp();
    const before = await snapshot();
    const log = await store.readAll({ commit: 0n, prepare: 0n }, 10_000);
    await dataSource.transaction((manager) => new AppealsProjection().apply(log, manager));
    await dataSource.transaction((manager) => new AppealsProjection().apply(log.slice(log.length / 3, (2 * log.length) / 3), manager));
    expect(await snapshot()).toEqual(before);
  });

  it("walks every deputy's inbox and every author's list exactly once, in due order, whatever the page size", async () => {
    for (const deputyId of DEPUTIES) {
      const all = expected.filter((row) => row.deputyId === deputyId).sort(byDueOrder);
      const open = all.filter((row) => OPEN_INBOX_STATUSES.includes(row.status));
      expect(open.length).toBeLessThan(all.length); // closed, rejected, … exist and are left out by default
      for (const first of [1, 4, 100]) {
        expect(await walk((after) => queries().forDeputy(deputyId, { first, after }), first)).toEqual({
          ids: open.map((r) => r.appealId),
          totalCount: open.length,
        });
      }
      const everything = await walk((after) => queries().forDeputy(deputyId, { status: APPEAL_STATUSES, first: 3, after }), 3);
      expect(everything.ids).toEqual(all.map((r) => r.appealId));
      const closed = await walk((after) => queries().forDeputy(deputyId, { status: 'CLOSED', first: 2, after }), 2);
      expect(closed.ids).toEqual(all.filter((r) => r.status === 'CLOSED').map((r) => r.appealId));
      const overdue = await walk((after) => queries().forDeputy(deputyId, { overdueOnly: true, first: 2, after }), 2);
      expect(overdue.ids).toEqual(open.filter((r) => r.overdue).map((r) => r.appealId));
      const roads = await walk(
        (after) => queries().forDeputy(deputyId, { categoryId: 'roads', territoryId: 'territory-0', first: 2, after }),
        2,
      );
      expect(roads.ids).toEqual(open.filter((r) => r.categoryId === 'roads' && r.territoryId === 'territory-0').map((r) => r.appealId));
    }
    for (const subjectId of VOTERS) {
      const mine = expected.filter((row) => row.subjectId === subjectId).sort(byDueOrder);
      expect(await walk((after) => queries().forAuthor(subjectId, { first: 3, after }), 3)).toEqual({
        ids: mine.map((r) => r.appealId),
        totalCount: mine.length,
      });
      const answered = mine.filter((r) => r.status === 'ANSWERED' || r.status === 'CLOSED');
      expect((await walk((after) => queries().forAuthor(subjectId, { status: ['ANSWERED', 'CLOSED'], first: 2, after }), 2)).ids).toEqual(
        answered.map((r) => r.appealId),
      );
    }
    // Ties in the due date (appeals of one lifecycle submitted at the same instant) are broken by id.
    const dues = expected.map((row) => row.answerDueAt);
    expect(new Set(dues).size).toBeLessThan(dues.length);
  });

  it('pages carry the rows themselves, and an empty list says so', async () => {
    const [firstRow] = expected.filter((row) => row.deputyId === DEPUTIES[0] && OPEN_INBOX_STATUSES.includes(row.status)).sort(byDueOrder);
    const page = await queries().forDeputy(DEPUTIES[0], { first: 1 });
    expect(page.items).toEqual([firstRow]);
    expect(await queries().forAuthor('voter-nobody')).toEqual({ items: [], endCursor: null, hasNextPage: false, totalCount: 0 });
  });

  it("counts a deputy's appeals per status and the open overdue ones in one call", async () => {
    for (const deputyId of DEPUTIES) {
      const mine = expected.filter((row) => row.deputyId === deputyId);
      const counters = await queries().inboxCounters(deputyId);
      expect(counters).toEqual({
        byStatus: Object.fromEntries(APPEAL_STATUSES.map((status) => [status, mine.filter((row) => row.status === status).length])),
        overdue: mine.filter((row) => row.overdue && OPEN_INBOX_STATUSES.includes(row.status)).length,
      });
      expect(counters.overdue).toBe((await queries().forDeputy(deputyId, { overdueOnly: true })).totalCount);
    }
  });

  it('gives a moderator the open appeals of their regions, or only the unassigned or overdue ones', async () => {
    const ids = (page: Page<AppealRow>): string[] => page.items.map((row) => row.appealId).sort();
    const open66 = expected.filter((row) => row.regionCode === '66' && isOpen(row.status));
    expect(open66.length).toBeGreaterThan(0);
    expect(ids(await queries().forModerator({ regionCodes: ['66'], first: 100 }))).toEqual(open66.map((row) => row.appealId).sort());
    const unassigned = await queries().forModerator({ regionCodes: '*', unassignedOnly: true, first: 100 });
    expect(unassigned.items.every((row) => row.deputyId === null)).toBe(true);
    expect(unassigned.totalCount).toBe(expected.filter((row) => row.deputyId === null && isOpen(row.status)).length);
    const overdue = await queries().forModerator({ regionCodes: ['66', '77'], overdueOnly: true, first: 100 });
    expect(ids(overdue)).toEqual(
      expected
        .filter((row) => row.overdue && isOpen(row.status))
        .map((row) => row.appealId)
        .sort(),
    );
  });

  it('lists the feedback a deputy received, newest first, with the total', async () => {
    const all: Array<{ appeal_id: string; deputy_id: string }> = await dataSource.query('select appeal_id, deputy_id from appeal_feedback');
    const deputy = DEPUTIES.find((id) => all.some((row) => row.deputy_id === id))!;
    const mine = all.filter((row) => row.deputy_id === deputy);
    const received = await queries().feedbackFor(deputy, 100);
    expect(received.totalCount).toBe(mine.length);
    expect(received.items.map((item) => item.appealId).sort()).toEqual(mine.map((row) => row.appeal_id).sort());
    expect(received.items.every((item) => item.deputyId === deputy && item.subject.length > 0)).toBe(true);
    const times = received.items.map((item) => item.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect((await queries().feedbackFor(deputy, 1)).items).toHaveLength(Math.min(1, mine.length));
    expect((await queries().feedbackFor('nobody')).totalCount).toBe(0);
  });

  it('refuses a malformed cursor or page size, naming the field', async () => {
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const after of [
      'not a cursor',
      cursor({ dueAt: '2026-01-01T00:00:00.000Z' }),
      cursor(['yesterday', 'x']),
      cursor(['2026-01-01T00:00:00.000Z']),
    ]) {
      await expect(queries().forDeputy(DEPUTIES[0], { after })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'after' },
      });
      await expect(queries().forAuthor(VOTERS[0], { after })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'after' },
      });
    }
    for (const first of [0, 101, 2.5]) {
      await expect(queries().forAuthor(VOTERS[0], { first })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'first' },
      });
    }
    await expect(queries().forDeputy(DEPUTIES[0], { status: 'LOST' as AppealStatus })).rejects.toMatchObject({
      details: { field: 'status' },
    });
  });
});
