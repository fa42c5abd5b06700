import fc from 'fast-check';
import { DomainError, type ErrorCode } from '@app/platform/errors/domain-error';
import type { AppealCommand } from './appeal-commands';
import { decide } from './appeal-decider';
import type { AppealEvent, AppealEventType } from './appeal-events';
import { APPEAL_STATUSES, type AppealState, type AppealStatus, evolve, initialState, pendingDeadlines } from './appeal-state';
import { APPEAL_ID, type Actor, DEPUTY, OTHER_DEPUTY, T0, VOTER, as, cmd, day, fold, history, hour } from './testing/appeal-fixtures';
import { given } from './testing/given-when-then';

// Histories used throughout: submitted at T0 and routed to DEPUTY, first-response target 24 h, answer due day 30.
const submitted = () => history(cmd.submit());
const inProgress = () => history(cmd.submit(), cmd.acknowledge(hour(1)));
const awaitingClarification = () => history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.requestClarification(day(2)));
const answered = () => history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.answer(day(5)));
const closedByFeedback = (solved: 'YES' | 'PARTLY' | 'NO') =>
  history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.answer(day(5)), cmd.feedback(day(6), { solved }));
const reopened = () => history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.answer(day(5)), cmd.reopen(day(8)));

describe('appeal decider: every status × every command', () => {
  // Each row is a reachable appeal and the time at which the matrix commands arrive (after its history).
  const SCENARIOS = {
    NOT_SUBMITTED: { history: (): AppealEvent[] => [], now: day(10) },
    SUBMITTED: { history: () => history(cmd.submit({ deputyId: null, routingRuleId: null })), now: day(10) },
    ASSIGNED: { history: submitted, now: day(10) },
    IN_PROGRESS: { history: inProgress, now: day(10) },
    AWAITING_CLARIFICATION: { history: awaitingClarification, now: day(10) },
    ANSWERED: { history: answered, now: day(10) },
    REOPENED: { history: reopened, now: day(10) },
    'CLOSED (feedback: not solved)': { history: () => closedByFeedback('NO'), now: day(10) },
    'CLOSED (feedback: solved)': { history: () => closedByFeedback('YES'), now: day(10) },
    'CLOSED (no feedback, 30 days)': {
      history: () => history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.answer(day(5)), cmd.close(day(35))),
      now: day(36),
    },
    FORWARDED: { history: () => history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.forwardToAuthority(day(2))), now: day(10) },
    REJECTED: { history: () => history(cmd.submit(), cmd.reject(day(1))), now: day(10) },
    WITHDRAWN: { history: () => history(cmd.submit(), cmd.withdraw(day(1))), now: day(10) },
  } satisfies Record<string, { history: () => AppealEvent[]; now: string }>;
  type Scenario = keyof typeof SCENARIOS;

  // Each column is one command from the actor entitled to it, valid in content. Timers fire late (day 40):
  // past the answer deadline (day 30, day 38 after the reopen), the first response (24 h) and auto-close (day 35).
  const LATE = day(40);
  const COLUMNS = {
    'SubmitAppeal (voter)': (now: string) => cmd.submit({}, now),
    'AcknowledgeAppeal (deputy)': (now: string) => cmd.acknowledge(now),
    'RequestClarification (deputy)': (now: string) => cmd.requestClarification(now),
    'ProvideClarification (author)': (now: string) => cmd.provideClarification(now),
    'ForwardAppeal to a deputy (deputy)': (now: string) => cmd.forwardToDeputy(now),
    'ForwardAppeal to an authority (deputy)': (now: string) => cmd.forwardToAuthority(now),
    'ExtendDeadline (deputy)': (now: string) => cmd.extend(now),
    'AnswerAppeal (deputy)': (now: string) => cmd.answer(now),
    'ReopenAppeal (author)': (now: string) => cmd.reopen(now),
    'WithdrawAppeal (author)': (now: string) => cmd.withdraw(now),
    'SubmitFeedback (author)': (now: string) => cmd.feedback(now),
    'AssignAppeal (moderator)': (now: string) => cmd.assign(now),
    'RecategorizeAppeal (moderator)': (now: string) => cmd.recategorize(now),
    'RejectAppeal (moderator)': (now: string) => cmd.reject(now),
    'RejectAppeal (deputy)': (now: string) => cmd.reject(now, as.deputy),
    'MarkOverdue ANSWER (system)': () => cmd.markOverdue('ANSWER', LATE),
    'MarkOverdue FIRST_RESPONSE (system)': () => cmd.markOverdue('FIRST_RESPONSE', LATE),
    'CloseAppeal (system)': () => cmd.close(LATE),
  } satisfies Record<string, (now: string) => AppealCommand>;
  type Column = keyof typeof COLUMNS;

  type Allowed = readonly [AppealStatus, ...AppealEventType[]];
  const OPEN = ['ASSIGNED', 'IN_PROGRESS', 'REOPENED'] as const;
  const PENDING = [...OPEN, 'AWAITING_CLARIFICATION'] as const;
  const each = (scenarios: readonly Scenario[], outcome: (status: AppealStatus) => Allowed): Partial<Record<Scenario, Allowed>> =>
    Object.fromEntries(scenarios.map((scenario) => [scenario, outcome(scenario as AppealStatus)]));

  /** The allowed cells: resulting status and event types. Every other cell is refused (see `refusal`). */
  const ALLOWED: Record<Column, Partial<Record<Scenario, Allowed>>> = {
    'SubmitAppeal (voter)': { NOT_SUBMITTED: ['ASSIGNED', 'AppealSubmitted', 'AppealAssigned'] },
    'AcknowledgeAppeal (deputy)': each(['ASSIGNED', 'REOPENED'], () => ['IN_PROGRESS', 'AppealAcknowledged']),
    'RequestClarification (deputy)': each(OPEN, () => ['AWAITING_CLARIFICATION', 'ClarificationRequested']),
    'ProvideClarification (author)': { AWAITING_CLARIFICATION: ['IN_PROGRESS', 'ClarificationProvided'] },
    'ForwardAppeal to a deputy (deputy)': each(OPEN, () => ['ASSIGNED', 'AppealForwarded', 'AppealAssigned']),
    'ForwardAppeal to an authority (deputy)': each(OPEN, () => ['FORWARDED', 'AppealForwarded']),
    'ExtendDeadline (deputy)': each(PENDING, (status) => [status, 'DeadlineExtended']),
    'AnswerAppeal (deputy)': each(PENDING, () => ['ANSWERED', 'AppealAnswered']),
    'ReopenAppeal (author)': { ANSWERED: ['REOPENED', 'AppealReopened'], 'CLOSED (feedback: not solved)': ['REOPENED', 'AppealReopened'] },
    'WithdrawAppeal (author)': each(['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION'], () => [
      'WITHDRAWN',
      'AppealWithdrawn',
    ]),
    'SubmitFeedback (author)': { ANSWERED: ['CLOSED', 'FeedbackSubmitted', 'AppealClosed'] },
    'AssignAppeal (moderator)': each(['SUBMITTED', ...OPEN], () => ['ASSIGNED', 'AppealAssigned']),
    'RecategorizeAppeal (moderator)': each(['SUBMITTED', ...PENDING, 'ANSWERED'], (status) => [status, 'AppealCategorized']),
    'RejectAppeal (moderator)': each(['SUBMITTED', ...PENDING], () => ['REJECTED', 'AppealRejected']),
    'RejectAppeal (deputy)': each(PENDING, () => ['REJECTED', 'AppealRejected']),
    'MarkOverdue ANSWER (system)': each(['SUBMITTED', ...OPEN], (status) => [status, 'AppealOverdue']),
    'MarkOverdue FIRST_RESPONSE (system)': each(['SUBMITTED', 'ASSIGNED'], (status) => [status, 'AppealOverdue']),
    'CloseAppeal (system)': { ANSWERED: ['CLOSED', 'AppealClosed'] },
  };

  /** Why a cell that is not allowed is refused: the exceptions first, then the general rule. */
  type Refusal = ErrorCode | 'NO-OP';
  const EXCEPTIONS: Partial<Record<Column, Partial<Record<Scenario, Refusal>>>> = {
    'RejectAppeal (deputy)': { SUBMITTED: 'FORBIDDEN' }, // no deputy handles it yet
    'SubmitFeedback (author)': { 'CLOSED (feedback: not solved)': 'CONFLICT', 'CLOSED (feedback: solved)': 'CONFLICT' }, // once per answer
  };
  const SYSTEM_COLUMNS: readonly Column[] = ['MarkOverdue ANSWER (system)', 'MarkOverdue FIRST_RESPONSE (system)', 'CloseAppeal (system)'];
  function refusal(column: Column, scenario: Scenario): Refusal {
    const exception = EXCEPTIONS[column]?.[scenario];
    if (exception) return exception;
    if (scenario === 'NOT_SUBMITTED') return 'NOT_FOUND';
    if (column === 'SubmitAppeal (voter)') return 'CONFLICT';
    return SYSTEM_COLUMNS.includes(column) ? 'NO-OP' : 'INVALID_STATE';
  }

  const cells = (Object.keys(COLUMNS) as Column[]).flatMap((column) =>
    (Object.keys(SCENARIOS) as Scenario[]).map((scenario) => {
      const allowed = ALLOWED[column][scenario];
      return {
        column,
        scenario,
        allowed,
        refused: allowed ? null : refusal(column, scenario),
        outcome: allowed ? `${allowed.slice(1).join(' + ')} → ${allowed[0]}` : refusal(column, scenario),
      };
    }),
  );

  it('covers every status of the lifecycle', () => {
    const statuses = new Set(Object.values(SCENARIOS).map(({ history }) => fold(history()).status));
    expect([...statuses].sort()).toEqual(['NOT_SUBMITTED', ...APPEAL_STATUSES].sort());
  });

  it.each(cells)('$column in $scenario: $outcome', ({ column, scenario, allowed, refused }) => {
    const { history: events, now } = SCENARIOS[scenario];
    const past = events();
    const command = COLUMNS[column](now);
    const when = given(past).when(command);
    if (allowed) {
      const [status, ...types] = allowed;
      const decided = when.events();
      expect(decided.map((event) => event.type)).toEqual(types);
      expect(fold([...past, ...decided]).status).toBe(status);
    } else if (refused === 'NO-OP') {
      when.then([]);
    } else if (refused === 'INVALID_STATE') {
      const status = fold(past).status;
      when.thenThrows('INVALID_STATE', `${command.type} is not allowed for an appeal in status ${status}`, { status });
    } else {
      when.thenThrows(refused!);
    }
  });
});

describe('SubmitAppeal', () => {
  it('registers the appeal with its deadlines and assigns the routed deputy, explaining the rule', () => {
    const state = given([])
      .when(cmd.submit())
      .then([
        {
          type: 'AppealSubmitted',
          data: {
            appealId: APPEAL_ID,
            subjectId: VOTER,
            regionCode: '77',
            territoryId: 'territory-7',
            categoryId: 'housing',
            subject: 'Подъезд не убирают',
            text: 'Уже месяц в подъезде дома 12 не убирают.',
            addressedDeputyId: null,
            policyVersion: 'policy-2026-01',
            submittedAt: T0,
            answerDueAt: day(30),
            firstResponseDueAt: hour(24),
          },
        },
        {
          type: 'AppealAssigned',
          data: {
            appealId: APPEAL_ID,
            deputyId: DEPUTY,
            previousDeputyId: null,
            assignedBy: 'ROUTING',
            routingRuleId: 'rule-42',
            reason: null,
            assignedAt: T0,
          },
        },
      ]);
    expect(state).toMatchObject({
      status: 'ASSIGNED',
      deputyId: DEPUTY,
      answerDueAt: day(30),
      firstResponseDueAt: hour(24),
      firstRespondedAt: null,
    });
  });

  it('stays SUBMITTED, waiting for a moderator, when routing found no deputy', () => {
    const decided = given([])
      .when(cmd.submit({ deputyId: null, routingRuleId: null, addressedDeputyId: 'deputy-9' }))
      .events();
    expect(decided.map((event) => event.type)).toEqual(['AppealSubmitted']);
    expect(fold(decided)).toMatchObject({ status: 'SUBMITTED', deputyId: null, addressedDeputyId: 'deputy-9' });
  });

  it('has no first-response deadline when the category sets no target', () => {
    const state = fold(history(cmd.submit({ firstResponseTargetHours: null })));
    expect(state).toMatchObject({ firstResponseDueAt: null });
    expect(pendingDeadlines(state)).toEqual([{ deadline: 'ANSWER', dueAt: day(30) }]);
  });

  it('puts no personal data into events: the author is the pseudonymous subject id', () => {
    const [event] = history(cmd.submit());
    expect(Object.keys(event.data).sort()).toEqual(
      [
        'addressedDeputyId',
        'answerDueAt',
        'appealId',
        'categoryId',
        'firstResponseDueAt',
        'policyVersion',
        'regionCode',
        'subject',
        'subjectId',
        'submittedAt',
        'territoryId',
        'text',
      ].sort(),
    );
  });

  it('accepts a 200-character subject and a 10,000-character text, counting characters, not UTF-16 units', () => {
    const decided = given([])
      .when(cmd.submit({ subject: '🏠'.repeat(200), text: 'я'.repeat(10_000) }))
      .events();
    expect(decided[0]).toMatchObject({ data: { subject: '🏠'.repeat(200) } });
  });

  it.each([
    ['subject', { subject: '' }],
    ['subject', { subject: '   ' }],
    ['subject', { subject: 'a'.repeat(201) }],
    ['text', { text: '' }],
    ['text', { text: 'a'.repeat(10_001) }],
    ['regionCode', { regionCode: '' }],
    ['territoryId', { territoryId: '' }],
    ['categoryId', { categoryId: ' ' }],
    ['policyVersion', { policyVersion: '' }],
    ['routingRuleId', { routingRuleId: null }],
    ['firstResponseTargetHours', { firstResponseTargetHours: 0 }],
    ['firstResponseTargetHours', { firstResponseTargetHours: 1.5 }],
    ['firstResponseTargetHours', { firstResponseTargetHours: 721 }],
  ] as const)('refuses a bad %s (%j)', (field, data) => {
    given([]).when(cmd.submit(data)).thenThrows('BAD_USER_INPUT', field, { field });
  });

  it('refuses a time that is not ISO 8601', () => {
    given([]).when(cmd.submit({}, 'yesterday')).thenThrows('BAD_USER_INPUT', 'at', { field: 'at' });
  });

  it('is submitted by its author only', () => {
    given([])
      .when(cmd.submit({}, T0, as.otherVoter))
      .thenThrows('FORBIDDEN', 'SubmitAppeal');
  });

  it('cannot reuse an existing appeal id', () => {
    given(submitted()).when(cmd.submit()).thenThrows('CONFLICT', 'already exists', { status: 'ASSIGNED' });
  });
});

describe('handling deputy actions', () => {
  it('acknowledges: IN_PROGRESS, and that is the first response', () => {
    const state = given(submitted())
      .when(cmd.acknowledge(hour(3)))
      .then([{ type: 'AppealAcknowledged', data: { appealId: APPEAL_ID, deputyId: DEPUTY, acknowledgedAt: hour(3) } }]);
    expect(state).toMatchObject({ status: 'IN_PROGRESS', firstRespondedAt: hour(3) });
    expect(pendingDeadlines(state)).toEqual([{ deadline: 'ANSWER', dueAt: day(30) }]);
  });

  it('lets an assistant act for the deputy they assist', () => {
    expect(
      given(submitted())
        .when(cmd.answer(day(2), {}, as.assistant))
        .events(),
    ).toMatchObject([{ type: 'AppealAnswered', data: { deputyId: DEPUTY } }]);
    expect(
      given(submitted())
        .when(cmd.acknowledge(hour(1), as.assistant))
        .events(),
    ).toHaveLength(1);
  });

  const deputyCommands: Record<string, (actor: Actor) => AppealCommand> = {
    AcknowledgeAppeal: (actor) => cmd.acknowledge(hour(2), actor),
    RequestClarification: (actor) => cmd.requestClarification(hour(2), {}, actor),
    ForwardAppeal: (actor) => cmd.forwardToDeputy(hour(2), OTHER_DEPUTY, actor),
    ExtendDeadline: (actor) => cmd.extend(hour(2), {}, actor),
    AnswerAppeal: (actor) => cmd.answer(hour(2), {}, actor),
    RejectAppeal: (actor) => cmd.reject(hour(2), actor),
  };
  const outsiders: Record<string, Actor> = {
    'another deputy': as.otherDeputy,
    "another deputy's assistant": as.otherAssistant,
    'the author': as.voter,
    'an analyst': as.analyst,
    'a deputy token without a deputy id': { actorId: 'user-x', role: 'DEPUTY' },
    'a voter claiming a deputy id': { actorId: 'voter-3', role: 'VOTER', deputyId: DEPUTY },
  };
  it.each(Object.keys(deputyCommands).flatMap((command) => Object.keys(outsiders).map((who) => [command, who])))(
    '%s by %s is FORBIDDEN',
    (command, who) => {
      given(submitted()).when(deputyCommands[command](outsiders[who])).thenThrows('FORBIDDEN', command);
    },
  );
  it.each(Object.keys(deputyCommands).filter((command) => command !== 'RejectAppeal'))('%s by a moderator is FORBIDDEN', (command) => {
    given(submitted()).when(deputyCommands[command](as.moderator)).thenThrows('FORBIDDEN', command);
  });

  it('asks a clarification: the first response, and the answer clock stops', () => {
    const state = given(submitted())
      .when(cmd.requestClarification(hour(5)))
      .then([
        {
          type: 'ClarificationRequested',
          data: { appealId: APPEAL_ID, deputyId: DEPUTY, question: 'Какой номер дома?', requestedAt: hour(5) },
        },
      ]);
    expect(state).toMatchObject({ status: 'AWAITING_CLARIFICATION', clockPausedAt: hour(5), firstRespondedAt: hour(5) });
    expect(pendingDeadlines(state)).toEqual([]);
  });

  it('refuses an empty question', () => {
    given(inProgress())
      .when(cmd.requestClarification(day(1), { question: ' ' }))
      .thenThrows('BAD_USER_INPUT', 'question', { field: 'question' });
  });

  it('answers: ANSWERED, numbered, with the due date in force (for deadline compliance)', () => {
    const state = given(inProgress())
      .when(cmd.answer(day(31)))
      .then([
        {
          type: 'AppealAnswered',
          data: {
            appealId: APPEAL_ID,
            deputyId: DEPUTY,
            text: 'Управляющая компания обязалась убирать ежедневно.',
            answerNumber: 1,
            answerDueAt: day(30),
            answeredAt: day(31),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'ANSWERED', answerCount: 1, lastAnsweredAt: day(31) });
  });

  it('an answer is a first response too', () => {
    expect(
      fold([
        ...submitted(),
        ...given(submitted())
          .when(cmd.answer(hour(2)))
          .events(),
      ]),
    ).toMatchObject({ firstRespondedAt: hour(2) });
  });

  it('refuses an empty or too long answer', () => {
    given(inProgress())
      .when(cmd.answer(day(2), { text: '' }))
      .thenThrows('BAD_USER_INPUT', 'text', { field: 'text' });
    given(inProgress())
      .when(cmd.answer(day(2), { text: 'a'.repeat(10_001) }))
      .thenThrows('BAD_USER_INPUT', 'text', { field: 'text' });
  });
});

describe('ForwardAppeal', () => {
  it('to another deputy is a reassignment: a FORWARDED step, then ASSIGNED to them, deadlines unchanged', () => {
    const state = given(inProgress())
      .when(cmd.forwardToDeputy(day(2)))
      .then([
        {
          type: 'AppealForwarded',
          data: {
            appealId: APPEAL_ID,
            fromDeputyId: DEPUTY,
            to: { kind: 'DEPUTY', deputyId: OTHER_DEPUTY },
            reason: 'Округ коллеги',
            forwardedAt: day(2),
          },
        },
        {
          type: 'AppealAssigned',
          data: {
            appealId: APPEAL_ID,
            deputyId: OTHER_DEPUTY,
            previousDeputyId: DEPUTY,
            assignedBy: 'FORWARDING',
            routingRuleId: null,
            reason: 'Округ коллеги',
            assignedAt: day(2),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'ASSIGNED', deputyId: OTHER_DEPUTY, answerDueAt: day(30), firstRespondedAt: hour(1) });
  });

  it('hands the appeal over: the old deputy may no longer answer, the new one may', () => {
    const past = history(cmd.submit(), cmd.forwardToDeputy(day(2)));
    given(past)
      .when(cmd.answer(day(3)))
      .thenThrows('FORBIDDEN', 'AnswerAppeal');
    expect(
      given(past)
        .when(cmd.answer(day(3), {}, as.otherDeputy))
        .events(),
    ).toHaveLength(1);
  });

  it('to an outside authority ends the appeal here: FORWARDED, no more deadlines', () => {
    const state = given(inProgress())
      .when(cmd.forwardToAuthority(day(2)))
      .then([
        {
          type: 'AppealForwarded',
          data: {
            appealId: APPEAL_ID,
            fromDeputyId: DEPUTY,
            to: { kind: 'AUTHORITY', authority: 'Жилищная инспекция' },
            reason: 'Вопрос в её компетенции',
            forwardedAt: day(2),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'FORWARDED', authority: 'Жилищная инспекция' });
    expect(pendingDeadlines(state)).toEqual([]);
  });

  it('refuses forwarding to the same deputy, a blank authority, no target or no reason', () => {
    given(inProgress())
      .when(cmd.forwardToDeputy(day(2), DEPUTY))
      .thenThrows('BAD_USER_INPUT', 'to.deputyId', { field: 'to.deputyId' });
    given(inProgress())
      .when(cmd.forwardToAuthority(day(2), ' '))
      .thenThrows('BAD_USER_INPUT', 'to.authority', { field: 'to.authority' });
    const noTarget = {
      ...cmd.forwardToDeputy(day(2)),
      data: { appealId: APPEAL_ID, to: { kind: 'NOBODY' }, reason: 'x' },
    } as unknown as AppealCommand;
    given(inProgress()).when(noTarget).thenThrows('BAD_USER_INPUT', 'to', { field: 'to' });
    const noReason = {
      ...cmd.forwardToDeputy(day(2)),
      data: { appealId: APPEAL_ID, to: { kind: 'DEPUTY', deputyId: OTHER_DEPUTY }, reason: '' },
    } as AppealCommand;
    given(inProgress()).when(noReason).thenThrows('BAD_USER_INPUT', 'reason', { field: 'reason' });
  });
});

describe('deadlines (59-ФЗ)', () => {
  describe('a clarification request pauses the answer clock', () => {
    it('moves the due date by the paused time when the voter replies', () => {
      const state = given(awaitingClarification())
        .when(cmd.provideClarification(day(7)))
        .then([
          {
            type: 'ClarificationProvided',
            data: { appealId: APPEAL_ID, text: 'Дом 12, подъезд 3', providedAt: day(7), answerDueAt: day(35) },
          },
        ]);
      expect(state).toMatchObject({ status: 'IN_PROGRESS', answerDueAt: day(35) });
      expect(pendingDeadlines(state)).toEqual([{ deadline: 'ANSWER', dueAt: day(35) }]);
    });

    it('adds up several pauses', () => {
      const state = fold(
        history(
          cmd.submit(),
          cmd.requestClarification(day(2)),
          cmd.provideClarification(day(7)),
          cmd.requestClarification(day(10)),
          cmd.provideClarification(day(12, 6)),
        ),
      );
      expect(state).toMatchObject({ answerDueAt: day(37, 6) });
    });

    it('cannot be missed while paused', () => {
      given(awaitingClarification())
        .when(cmd.markOverdue('ANSWER', day(31)))
        .then([]);
    });

    it('a deadline already missed when the pause began is still marked', () => {
      const past = history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.requestClarification(day(31)));
      expect(pendingDeadlines(fold(past))).toEqual([{ deadline: 'ANSWER', dueAt: day(30) }]);
      given(past)
        .when(cmd.markOverdue('ANSWER', day(32)))
        .then([
          { type: 'AppealOverdue', data: { appealId: APPEAL_ID, deadline: 'ANSWER', dueAt: day(30), deputyId: DEPUTY, markedAt: day(32) } },
        ]);
    });

    it('an answer given while paused is measured against the due date moved by the pause so far', () => {
      const decided = given(awaitingClarification())
        .when(cmd.answer(day(4)))
        .events();
      expect(decided[0]).toMatchObject({ type: 'AppealAnswered', data: { answerDueAt: day(32) } });
    });

    it('the reply is the author’s and must say something', () => {
      given(awaitingClarification())
        .when(cmd.provideClarification(day(3), {}, as.otherVoter))
        .thenThrows('FORBIDDEN', 'ProvideClarification');
      given(awaitingClarification())
        .when(cmd.provideClarification(day(3), {}, as.deputy))
        .thenThrows('FORBIDDEN', 'ProvideClarification');
      given(awaitingClarification())
        .when(cmd.provideClarification(day(3), { text: '' }))
        .thenThrows('BAD_USER_INPUT', 'text', { field: 'text' });
    });
  });

  describe('one extension of up to 30 days, with a reason the voter sees', () => {
    it('moves the answer due date', () => {
      const state = given(inProgress())
        .when(cmd.extend(day(20)))
        .then([
          {
            type: 'DeadlineExtended',
            data: {
              appealId: APPEAL_ID,
              deputyId: DEPUTY,
              days: 10,
              reason: 'Ждём ответа управляющей компании',
              previousDueAt: day(30),
              answerDueAt: day(40),
              extendedAt: day(20),
            },
          },
        ]);
      expect(state).toMatchObject({
        answerDueAt: day(40),
        extension: { days: 10, reason: 'Ждём ответа управляющей компании', extendedAt: day(20) },
      });
    });

    it('allows the full 30 days', () => {
      expect(fold(history(cmd.submit(), cmd.extend(day(1), { days: 30 })))).toMatchObject({ answerDueAt: day(60) });
    });

    it('allows only one extension', () => {
      const past = history(cmd.submit(), cmd.extend(day(1), { days: 5 }));
      given(past)
        .when(cmd.extend(day(2), { days: 5 }))
        .thenThrows('CONFLICT', 'already extended');
    });

    it('allows only one extension per appeal, also after a reopen', () => {
      const past = history(cmd.submit(), cmd.extend(day(1)), cmd.answer(day(5)), cmd.reopen(day(6)));
      given(past)
        .when(cmd.extend(day(7)))
        .thenThrows('CONFLICT', 'already extended');
    });

    it.each([0, 31, -1, 2.5, Number.NaN])('refuses %p days, naming the field', (days) => {
      given(inProgress())
        .when(cmd.extend(day(2), { days }))
        .thenThrows('BAD_USER_INPUT', 'days', { field: 'days' });
    });

    it('requires a reason', () => {
      given(inProgress())
        .when(cmd.extend(day(2), { reason: '' }))
        .thenThrows('BAD_USER_INPUT', 'reason', { field: 'reason' });
    });

    it('combines with a pause: the extension and the paused time both count', () => {
      const state = fold(
        history(cmd.submit(), cmd.requestClarification(day(2)), cmd.extend(day(3), { days: 10 }), cmd.provideClarification(day(7))),
      );
      expect(state).toMatchObject({ answerDueAt: day(45) });
    });
  });

  describe('MarkOverdue: exactly one AppealOverdue per missed deadline', () => {
    it('is a no-op before the due date', () => {
      given(inProgress())
        .when(cmd.markOverdue('ANSWER', day(29, 23)))
        .then([]);
    });

    it('marks the answer deadline at its due instant, with the deputy responsible', () => {
      const state = given(inProgress())
        .when(cmd.markOverdue('ANSWER', day(30)))
        .then([
          { type: 'AppealOverdue', data: { appealId: APPEAL_ID, deadline: 'ANSWER', dueAt: day(30), deputyId: DEPUTY, markedAt: day(30) } },
        ]);
      expect(state).toMatchObject({ status: 'IN_PROGRESS', overdue: [{ deadline: 'ANSWER', dueAt: day(30) }] });
      expect(pendingDeadlines(state)).toEqual([]);
    });

    it('marks it once: a second process manager or a restart finds nothing to do', () => {
      const past = history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.markOverdue('ANSWER', day(30)));
      given(past)
        .when(cmd.markOverdue('ANSWER', day(30)))
        .then([]);
      given(past)
        .when(cmd.markOverdue('ANSWER', day(45)))
        .then([]);
    });

    it('an extension made in time means the old due date is not missed', () => {
      const past = history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.extend(day(10)));
      given(past)
        .when(cmd.markOverdue('ANSWER', day(31)))
        .then([]);
    });

    it('after an extension the new due date can be missed again: a new AppealOverdue for it', () => {
      const past = history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.markOverdue('ANSWER', day(30)), cmd.extend(day(31), { days: 10 }));
      given(past)
        .when(cmd.markOverdue('ANSWER', day(35)))
        .then([]);
      const state = given(past)
        .when(cmd.markOverdue('ANSWER', day(40)))
        .then([
          { type: 'AppealOverdue', data: { appealId: APPEAL_ID, deadline: 'ANSWER', dueAt: day(40), deputyId: DEPUTY, markedAt: day(40) } },
        ]);
      expect(state).toMatchObject({
        overdue: [
          { deadline: 'ANSWER', dueAt: day(30) },
          { deadline: 'ANSWER', dueAt: day(40) },
        ],
      });
    });

    it('after a reopen the new answer deadline (30 days from the reopen) can be missed again', () => {
      const past = history(cmd.submit(), cmd.markOverdue('ANSWER', day(30)), cmd.answer(day(31)), cmd.reopen(day(35)));
      given(past)
        .when(cmd.markOverdue('ANSWER', day(64)))
        .then([]);
      given(past)
        .when(cmd.markOverdue('ANSWER', day(65)))
        .then([
          { type: 'AppealOverdue', data: { appealId: APPEAL_ID, deadline: 'ANSWER', dueAt: day(65), deputyId: DEPUTY, markedAt: day(65) } },
        ]);
    });

    it('marks a missed first response once, and only while nobody has responded', () => {
      given(submitted())
        .when(cmd.markOverdue('FIRST_RESPONSE', hour(23)))
        .then([]);
      given(submitted())
        .when(cmd.markOverdue('FIRST_RESPONSE', hour(24)))
        .then([
          {
            type: 'AppealOverdue',
            data: { appealId: APPEAL_ID, deadline: 'FIRST_RESPONSE', dueAt: hour(24), deputyId: DEPUTY, markedAt: hour(24) },
          },
        ]);
      given(history(cmd.submit(), cmd.markOverdue('FIRST_RESPONSE', hour(25))))
        .when(cmd.markOverdue('FIRST_RESPONSE', hour(26)))
        .then([]);
      given(inProgress())
        .when(cmd.markOverdue('FIRST_RESPONSE', hour(30)))
        .then([]);
      given(history(cmd.submit({ firstResponseTargetHours: null })))
        .when(cmd.markOverdue('FIRST_RESPONSE', day(3)))
        .then([]);
    });

    it('keeps the first-response deadline through a reassignment', () => {
      const past = history(cmd.submit(), cmd.assign(hour(2)));
      expect(pendingDeadlines(fold(past))).toContainEqual({ deadline: 'FIRST_RESPONSE', dueAt: hour(24) });
    });

    it('is a no-op for an answered, closed or ended appeal, even long after the due date', () => {
      for (const past of [
        answered(),
        closedByFeedback('NO'),
        history(cmd.submit(), cmd.withdraw(day(1))),
        history(cmd.submit(), cmd.reject(day(1))),
      ]) {
        given(past)
          .when(cmd.markOverdue('ANSWER', day(90)))
          .then([]);
        given(past)
          .when(cmd.markOverdue('FIRST_RESPONSE', day(90)))
          .then([]);
      }
    });

    it('a late extension does not erase the mark already recorded', () => {
      const state = fold(history(cmd.submit(), cmd.markOverdue('ANSWER', day(30)), cmd.extend(day(31))));
      expect(state).toMatchObject({ answerDueAt: day(40), overdue: [{ deadline: 'ANSWER', dueAt: day(30) }] });
    });

    it('is the system’s command, names a known deadline and needs an appeal', () => {
      given(inProgress())
        .when(cmd.markOverdue('ANSWER', day(31), as.moderator))
        .thenThrows('FORBIDDEN', 'MarkOverdue');
      given(inProgress())
        .when(cmd.markOverdue('LATER' as 'ANSWER', day(31)))
        .thenThrows('BAD_USER_INPUT', 'deadline', { field: 'deadline' });
      given([])
        .when(cmd.markOverdue('ANSWER', day(31)))
        .thenThrows('NOT_FOUND', APPEAL_ID);
    });
  });
});

describe('feedback', () => {
  it('from the author after the answer: recorded for that answer, and it closes the appeal', () => {
    const state = given(answered())
      .when(cmd.feedback(day(6), { promptness: 4, quality: 3, attentiveness: 5, solved: 'PARTLY', comment: 'Стало лучше' }))
      .then([
        {
          type: 'FeedbackSubmitted',
          data: {
            appealId: APPEAL_ID,
            deputyId: DEPUTY,
            answerNumber: 1,
            promptness: 4,
            quality: 3,
            attentiveness: 5,
            solved: 'PARTLY',
            comment: 'Стало лучше',
            submittedAt: day(6),
          },
        },
        { type: 'AppealClosed', data: { appealId: APPEAL_ID, reason: 'FEEDBACK', closedAt: day(6) } },
      ]);
    expect(state).toMatchObject({ status: 'CLOSED', closeReason: 'FEEDBACK', feedback: { answerNumber: 1, solved: 'PARTLY' } });
  });

  it('only from the author', () => {
    for (const actor of [as.otherVoter, as.deputy, as.moderator])
      given(answered())
        .when(cmd.feedback(day(6), {}, actor))
        .thenThrows('FORBIDDEN', 'SubmitFeedback');
  });

  it('only after an answer', () => {
    given(inProgress())
      .when(cmd.feedback(day(3)))
      .thenThrows('INVALID_STATE', 'SubmitFeedback is not allowed for an appeal in status IN_PROGRESS');
    given(reopened())
      .when(cmd.feedback(day(9)))
      .thenThrows('INVALID_STATE', 'status REOPENED');
  });

  it('once per answer', () => {
    given(closedByFeedback('NO'))
      .when(cmd.feedback(day(7)))
      .thenThrows('CONFLICT', 'already given');
  });

  it('again for a new answer after a reopen', () => {
    const past = history(cmd.submit(), cmd.answer(day(5)), cmd.feedback(day(6), { solved: 'NO' }), cmd.reopen(day(7)), cmd.answer(day(12)));
    const decided = given(past)
      .when(cmd.feedback(day(13), { solved: 'YES' }))
      .events();
    expect(decided).toMatchObject([{ type: 'FeedbackSubmitted', data: { answerNumber: 2, solved: 'YES' } }, { type: 'AppealClosed' }]);
  });

  it.each(
    ['promptness', 'quality', 'attentiveness'].flatMap((field) => [0, 6, 2.5, -1, '5', null].map((value) => [field, value] as const)),
  )('refuses %s = %p, naming the field', (field, value) => {
    given(answered())
      .when(cmd.feedback(day(6), { [field]: value }))
      .thenThrows('BAD_USER_INPUT', field, { field });
  });

  it.each([1, 5])('accepts the bounds (%p)', (score) => {
    expect(
      given(answered())
        .when(cmd.feedback(day(6), { promptness: score, quality: score, attentiveness: score }))
        .events(),
    ).toHaveLength(2);
  });

  it('refuses an unknown "solved" and a comment over 2,000 characters; an empty comment is none', () => {
    given(answered())
      .when(cmd.feedback(day(6), { solved: 'MAYBE' }))
      .thenThrows('BAD_USER_INPUT', 'solved', { field: 'solved' });
    given(answered())
      .when(cmd.feedback(day(6), { comment: 'a'.repeat(2001) }))
      .thenThrows('BAD_USER_INPUT', 'comment', { field: 'comment' });
    expect(
      given(answered())
        .when(cmd.feedback(day(6), { comment: 'a'.repeat(2000) }))
        .events(),
    ).toHaveLength(2);
    expect(
      given(answered())
        .when(cmd.feedback(day(6), { comment: '  ' }))
        .events()[0],
    ).toMatchObject({ data: { comment: null } });
  });
});

describe('reopening: the voter disputes the answer within 30 days of it', () => {
  it('reopens an answered appeal with a new answer deadline 30 days from the reopen', () => {
    const state = given(answered())
      .when(cmd.reopen(day(8)))
      .then([
        { type: 'AppealReopened', data: { appealId: APPEAL_ID, reason: 'Так и не убирают', reopenedAt: day(8), answerDueAt: day(38) } },
      ]);
    expect(state).toMatchObject({ status: 'REOPENED', deputyId: DEPUTY, answerDueAt: day(38) });
    expect(pendingDeadlines(state)).toEqual([{ deadline: 'ANSWER', dueAt: day(38) }]);
  });

  it('is open until just before 30 days after the answer', () => {
    expect(
      given(answered())
        .when(cmd.reopen(day(34, 23)))
        .events(),
    ).toHaveLength(1);
    given(answered())
      .when(cmd.reopen(day(35)))
      .thenThrows('INVALID_STATE', 'after', { status: 'ANSWERED', reopenableUntil: day(35) });
  });

  it.each(['NO', 'PARTLY'] as const)('reopens an appeal closed by feedback that said solved = %s', (solved) => {
    expect(
      given(closedByFeedback(solved))
        .when(cmd.reopen(day(10)))
        .events(),
    ).toMatchObject([{ type: 'AppealReopened' }]);
    given(closedByFeedback(solved))
      .when(cmd.reopen(day(35)))
      .thenThrows('INVALID_STATE', 'after');
  });

  it('does not reopen when the voter said the problem was solved, or after the auto-close', () => {
    given(closedByFeedback('YES'))
      .when(cmd.reopen(day(10)))
      .thenThrows('INVALID_STATE', 'said the problem was solved', { status: 'CLOSED' });
    const autoClosed = history(cmd.submit(), cmd.answer(day(5)), cmd.close(day(35)));
    given(autoClosed)
      .when(cmd.reopen(day(35)))
      .thenThrows('INVALID_STATE', 'closed without feedback', { status: 'CLOSED' });
  });

  it('only the author reopens, with a reason', () => {
    given(answered())
      .when(cmd.reopen(day(8), {}, as.otherVoter))
      .thenThrows('FORBIDDEN', 'ReopenAppeal');
    given(answered())
      .when(cmd.reopen(day(8), {}, as.deputy))
      .thenThrows('FORBIDDEN', 'ReopenAppeal');
    given(answered())
      .when(cmd.reopen(day(8), { reason: '' }))
      .thenThrows('BAD_USER_INPUT', 'reason', { field: 'reason' });
  });

  it('the deputy answers again: ANSWERED, answer number 2, and the reopen window counts from the new answer', () => {
    const past = history(cmd.submit(), cmd.answer(day(5)), cmd.reopen(day(8)), cmd.acknowledge(day(9)));
    expect(fold(past)).toMatchObject({ status: 'IN_PROGRESS' });
    const state = given(past)
      .when(cmd.answer(day(20)))
      .then([
        {
          type: 'AppealAnswered',
          data: {
            appealId: APPEAL_ID,
            deputyId: DEPUTY,
            text: 'Управляющая компания обязалась убирать ежедневно.',
            answerNumber: 2,
            answerDueAt: day(38),
            answeredAt: day(20),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'ANSWERED', answerCount: 2 });
    expect(
      given(history(cmd.submit(), cmd.answer(day(5)), cmd.reopen(day(8)), cmd.answer(day(20))))
        .when(cmd.reopen(day(45)))
        .events(),
    ).toHaveLength(1);
  });
});

describe('auto-close 30 days after the answer without feedback', () => {
  it('waits 30 days', () => {
    given(answered())
      .when(cmd.close(day(34, 23)))
      .then([]);
  });

  it('closes then, with the reason', () => {
    const state = given(answered())
      .when(cmd.close(day(35)))
      .then([{ type: 'AppealClosed', data: { appealId: APPEAL_ID, reason: 'NO_FEEDBACK_30_DAYS', closedAt: day(35) } }]);
    expect(state).toMatchObject({ status: 'CLOSED', closeReason: 'NO_FEEDBACK_30_DAYS' });
  });

  it('counts from the latest answer', () => {
    const past = history(cmd.submit(), cmd.answer(day(5)), cmd.reopen(day(8)), cmd.answer(day(20)));
    given(past)
      .when(cmd.close(day(36)))
      .then([]);
    expect(
      given(past)
        .when(cmd.close(day(50)))
        .events(),
    ).toMatchObject([{ type: 'AppealClosed' }]);
  });

  it('is a no-op when the appeal was closed by feedback or reopened meanwhile, or repeated', () => {
    given(closedByFeedback('YES'))
      .when(cmd.close(day(40)))
      .then([]);
    given(reopened())
      .when(cmd.close(day(40)))
      .then([]);
    given(history(cmd.submit(), cmd.answer(day(5)), cmd.close(day(35))))
      .when(cmd.close(day(36)))
      .then([]);
  });

  it('is the system’s command', () => {
    given(answered())
      .when(cmd.close(day(40), as.voter))
      .thenThrows('FORBIDDEN', 'CloseAppeal');
    given([])
      .when(cmd.close(day(40)))
      .thenThrows('NOT_FOUND');
  });
});

describe('withdrawal by the author, before an answer', () => {
  it('withdraws', () => {
    const state = given(awaitingClarification())
      .when(cmd.withdraw(day(3)))
      .then([{ type: 'AppealWithdrawn', data: { appealId: APPEAL_ID, withdrawnAt: day(3) } }]);
    expect(state).toMatchObject({ status: 'WITHDRAWN' });
    expect(pendingDeadlines(state)).toEqual([]);
  });

  it('only by the author', () => {
    given(inProgress())
      .when(cmd.withdraw(day(3), as.otherVoter))
      .thenThrows('FORBIDDEN', 'WithdrawAppeal');
    given(inProgress())
      .when(cmd.withdraw(day(3), as.deputy))
      .thenThrows('FORBIDDEN', 'WithdrawAppeal');
  });

  it('not once answered, not even after a reopen', () => {
    given(answered())
      .when(cmd.withdraw(day(6)))
      .thenThrows('INVALID_STATE', 'status ANSWERED');
    given(reopened())
      .when(cmd.withdraw(day(9)))
      .thenThrows('INVALID_STATE', 'status REOPENED');
  });
});

describe('moderators', () => {
  it('assign an unrouted appeal', () => {
    const past = history(cmd.submit({ deputyId: null, routingRuleId: null }));
    const state = given(past)
      .when(cmd.assign(hour(2), DEPUTY))
      .then([
        {
          type: 'AppealAssigned',
          data: {
            appealId: APPEAL_ID,
            deputyId: DEPUTY,
            previousDeputyId: null,
            assignedBy: 'MODERATOR',
            routingRuleId: null,
            reason: 'Депутат в отпуске',
            assignedAt: hour(2),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'ASSIGNED', deputyId: DEPUTY });
  });

  it('reassign an appeal in progress: the new deputy takes it from ASSIGNED, deadlines and first response kept', () => {
    const state = fold([
      ...inProgress(),
      ...given(inProgress())
        .when(cmd.assign(day(2)))
        .events(),
    ]);
    expect(state).toMatchObject({ status: 'ASSIGNED', deputyId: OTHER_DEPUTY, answerDueAt: day(30), firstRespondedAt: hour(1) });
  });

  it('refuse reassigning to the same deputy, or by anyone but a moderator', () => {
    given(inProgress())
      .when(cmd.assign(day(2), DEPUTY))
      .thenThrows('BAD_USER_INPUT', 'deputyId', { field: 'deputyId' });
    given(inProgress())
      .when(cmd.assign(day(2), OTHER_DEPUTY, as.deputy))
      .thenThrows('FORBIDDEN', 'AssignAppeal');
  });

  it('recategorise without touching deadlines', () => {
    const state = given(inProgress())
      .when(cmd.recategorize(day(2)))
      .then([
        {
          type: 'AppealCategorized',
          data: { appealId: APPEAL_ID, categoryId: 'roads', previousCategoryId: 'housing', categorizedAt: day(2) },
        },
      ]);
    expect(state).toMatchObject({ categoryId: 'roads', answerDueAt: day(30), firstResponseDueAt: hour(24), status: 'IN_PROGRESS' });
  });

  it('refuse recategorising to the same category, or by anyone but a moderator', () => {
    given(inProgress())
      .when(cmd.recategorize(day(2), 'housing'))
      .thenThrows('BAD_USER_INPUT', 'categoryId', { field: 'categoryId' });
    given(inProgress())
      .when(cmd.recategorize(day(2), 'roads', as.deputy))
      .thenThrows('FORBIDDEN', 'RecategorizeAppeal');
  });
});

describe('rejection (spam, abuse, not an appeal, duplicate)', () => {
  it('by a moderator, with a note; the text stays in the history', () => {
    const past = submitted();
    const state = given(past)
      .when(cmd.reject(day(1), as.moderator, 'DUPLICATE', 'См. обращение 7'))
      .then([
        {
          type: 'AppealRejected',
          data: {
            appealId: APPEAL_ID,
            reason: 'DUPLICATE',
            note: 'См. обращение 7',
            rejectedBy: 'MODERATOR',
            deputyId: DEPUTY,
            rejectedAt: day(1),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'REJECTED', rejectReason: 'DUPLICATE' });
    expect(past[0]).toMatchObject({ type: 'AppealSubmitted', data: { text: 'Уже месяц в подъезде дома 12 не убирают.' } });
  });

  it.each([
    ['the handling deputy', as.deputy],
    ['their assistant', as.assistant],
  ])('by %s', (_who, actor) => {
    expect(
      given(inProgress())
        .when(cmd.reject(day(1), actor, 'ABUSE'))
        .events(),
    ).toMatchObject([{ data: { rejectedBy: 'DEPUTY', reason: 'ABUSE' } }]);
  });

  it('not by another deputy or the author', () => {
    given(inProgress())
      .when(cmd.reject(day(1), as.otherDeputy))
      .thenThrows('FORBIDDEN', 'RejectAppeal');
    given(inProgress())
      .when(cmd.reject(day(1), as.voter))
      .thenThrows('FORBIDDEN', 'RejectAppeal');
  });

  it('refuses an unknown reason and a note over 2,000 characters', () => {
    given(inProgress())
      .when(cmd.reject(day(1), as.moderator, 'BORING' as 'SPAM'))
      .thenThrows('BAD_USER_INPUT', 'reason', { field: 'reason' });
    given(inProgress())
      .when(cmd.reject(day(1), as.moderator, 'SPAM', 'a'.repeat(2001)))
      .thenThrows('BAD_USER_INPUT', 'note', { field: 'note' });
  });
});

describe('purity', () => {
  const deepFreeze = <T>(value: T): T => {
    if (value && typeof value === 'object') {
      Object.values(value).forEach(deepFreeze);
      Object.freeze(value);
    }
    return value;
  };

  it('decides the same events for the same command and state, without touching the state', () => {
    const state = deepFreeze(fold(awaitingClarification()));
    const command = deepFreeze(cmd.provideClarification(day(7)));
    expect(decide(command, state)).toEqual(decide(command, state));
    expect(() => evolve(state, decide(command, state)[0])).not.toThrow();
  });

  it('evolve refuses a history that decide could not have written', () => {
    expect(() => evolve(initialState, answered()[2])).toThrow('Corrupt appeal stream');
    expect(() => evolve(fold(submitted()), submitted()[0])).toThrow('Corrupt appeal stream');
  });
});

// ---- properties ---------------------------------------------------------------------------------------

const CATEGORIES = ['housing', 'roads', 'transport'];
const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];

/** Commands the rules allow in `state` at `now`, each from an actor entitled to it, with valid content. */
function validCommands(state: AppealState, now: string, n: number): AppealCommand[] {
  const timers = [cmd.markOverdue('ANSWER', now), cmd.markOverdue('FIRST_RESPONSE', now), cmd.close(now)];
  if (state.status === 'NOT_SUBMITTED') {
    return [
      cmd.submit(
        pick([{}, { deputyId: null, routingRuleId: null }, { firstResponseTargetHours: null }, { firstResponseTargetHours: 2 }], n),
        now,
      ),
    ];
  }
  const handler: Actor | null =
    state.deputyId === null
      ? null
      : { actorId: `user-${state.deputyId}`, role: pick(['DEPUTY', 'ASSISTANT'] as const, n), deputyId: state.deputyId };
  const otherDeputy = state.deputyId === DEPUTY ? OTHER_DEPUTY : DEPUTY;
  const otherCategory = pick(
    CATEGORIES.filter((category) => category !== state.categoryId),
    n,
  );
  const within = (answeredAt: string | null) =>
    answeredAt !== null && Date.parse(now) < Date.parse(day(30)) - Date.parse(T0) + Date.parse(answeredAt);
  const byHandler = (build: (actor: Actor) => AppealCommand): AppealCommand[] => (handler ? [build(handler)] : []);
  const extend = state.extension === null ? byHandler((actor) => cmd.extend(now, { days: 1 + (n % 30) }, actor)) : [];

  switch (state.status) {
    case 'SUBMITTED':
      return [
        ...timers,
        cmd.assign(now, pick([DEPUTY, OTHER_DEPUTY], n)),
        cmd.recategorize(now, otherCategory),
        cmd.reject(now),
        cmd.withdraw(now),
      ];
    case 'ASSIGNED':
    case 'IN_PROGRESS':
    case 'REOPENED':
      return [
        ...timers,
        ...(state.status === 'IN_PROGRESS' ? [] : byHandler((actor) => cmd.acknowledge(now, actor))),
        ...byHandler((actor) => cmd.requestClarification(now, {}, actor)),
        ...byHandler((actor) =>
          n % 5 === 0 ? cmd.forwardToAuthority(now, 'Роспотребнадзор', actor) : cmd.forwardToDeputy(now, otherDeputy, actor),
        ),
        ...extend,
        ...byHandler((actor) => cmd.answer(now, {}, actor)),
        ...byHandler((actor) => cmd.reject(now, actor, pick(['SPAM', 'ABUSE', 'NOT_AN_APPEAL', 'DUPLICATE'] as const, n))),
        ...(state.status === 'REOPENED' ? [] : [cmd.withdraw(now)]),
        cmd.assign(now, otherDeputy),
        cmd.recategorize(now, otherCategory),
        cmd.reject(now),
      ];
    case 'AWAITING_CLARIFICATION':
      return [
        ...timers,
        cmd.provideClarification(now),
        cmd.provideClarification(now),
        ...extend,
        ...byHandler((actor) => cmd.answer(now, {}, actor)),
        cmd.withdraw(now),
        cmd.recategorize(now, otherCategory),
        cmd.reject(now),
      ];
    case 'ANSWERED':
      return [
        ...timers,
        ...(within(state.lastAnsweredAt) ? [cmd.reopen(now)] : []),
        cmd.feedback(now, {
          promptness: 1 + (n % 5),
          quality: 1 + ((n >> 3) % 5),
          attentiveness: 1 + ((n >> 6) % 5),
          solved: pick(['YES', 'PARTLY', 'NO'], n),
        }),
        cmd.recategorize(now, otherCategory),
      ];
    case 'CLOSED':
      return [
        ...timers,
        ...(state.closeReason === 'FEEDBACK' && state.feedback?.solved !== 'YES' && within(state.lastAnsweredAt) ? [cmd.reopen(now)] : []),
      ];
    default:
      return timers;
  }
}

const steps = fc.array(
  fc.record({
    choice: fc.nat(1_000),
    variant: fc.nat(1_000),
    minutes: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 60 * 24 * 20 })),
  }),
  { minLength: 1, maxLength: 40 },
);

/** Runs valid commands one after another, checking the invariants after each. */
function run(
  plan: readonly { choice: number; variant: number; minutes: number }[],
  visited = new Set<string>(),
): { state: AppealState; events: AppealEvent[]; now: string } {
  let state: AppealState = initialState;
  let now = T0;
  const events: AppealEvent[] = [];
  for (const { choice, variant, minutes } of plan) {
    now = new Date(Date.parse(now) + minutes * 60_000).toISOString();
    const command = pick(validCommands(state, now, variant), choice);
    const decided = decide(command, state); // a valid command is never refused
    state = decided.reduce(evolve, state);
    events.push(...decided);

    expect(APPEAL_STATUSES).toContain(state.status);
    visited.add(state.status);
    decided.forEach((event) => visited.add(event.type));
    if (command.type === 'MarkOverdue') {
      // The same timer firing again, now or later, finds nothing left to mark.
      expect(decide(cmd.markOverdue(command.data.deadline, now), state)).toEqual([]);
      expect(
        decide(cmd.markOverdue(command.data.deadline, day(400)), state).filter(
          (e) => e.type === 'AppealOverdue' && decided.some((d) => d.type === 'AppealOverdue' && d.data.dueAt === e.data.dueAt),
        ),
      ).toEqual([]);
    }
  }
  return { state, events, now };
}

describe('properties', () => {
  it('the generator of valid commands reaches every status and every event (or the properties below prove little)', () => {
    const visited = new Set<string>();
    fc.sample(steps, { numRuns: 300, seed: 42 }).forEach((plan) => run(plan, visited));
    const eventTypes: AppealEventType[] = [
      'AppealSubmitted',
      'AppealAssigned',
      'AppealCategorized',
      'AppealAcknowledged',
      'ClarificationRequested',
      'ClarificationProvided',
      'AppealForwarded',
      'DeadlineExtended',
      'AppealAnswered',
      'AppealReopened',
      'AppealClosed',
      'AppealRejected',
      'AppealWithdrawn',
      'AppealOverdue',
      'FeedbackSubmitted',
    ];
    expect([...APPEAL_STATUSES, ...eventTypes].filter((name) => !visited.has(name))).toEqual([]);
  });

  it('any sequence of valid commands folds without errors, into a known status, with consistent deadlines', () => {
    fc.assert(
      fc.property(steps, (plan) => {
        const { state, events } = run(plan);
        if (state.status === 'NOT_SUBMITTED') return;
        expect(Date.parse(state.answerDueAt)).toBeGreaterThanOrEqual(Date.parse(state.submittedAt) + 30 * 86_400_000);
        expect(events.filter((event) => event.type === 'DeadlineExtended').length).toBeLessThanOrEqual(1);
        const feedbackPerAnswer = events.flatMap((event) => (event.type === 'FeedbackSubmitted' ? [event.data.answerNumber] : []));
        expect(new Set(feedbackPerAnswer).size).toBe(feedbackPerAnswer.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never records two AppealOverdue for the same deadline, however often the timers fire', () => {
    fc.assert(
      fc.property(steps, fc.array(fc.integer({ min: 0, max: 60 * 24 * 90 }), { maxLength: 6 }), (plan, extraFirings) => {
        const { events, now } = run(plan);
        let state = fold(events);
        const all = [...events];
        for (const minutes of extraFirings) {
          for (const deadline of ['ANSWER', 'FIRST_RESPONSE'] as const) {
            for (let twice = 0; twice < 2 && state.status !== 'NOT_SUBMITTED'; twice++) {
              const decided = decide(cmd.markOverdue(deadline, new Date(Date.parse(now) + minutes * 60_000).toISOString()), state);
              state = decided.reduce(evolve, state);
              all.push(...decided);
            }
          }
        }
        const marks = all.flatMap((event) => (event.type === 'AppealOverdue' ? [`${event.data.deadline}@${event.data.dueAt}`] : []));
        expect(new Set(marks).size).toBe(marks.length);
      }),
      { numRuns: 300 },
    );
  });

  it('any command from anyone, valid or not, is decided or refused with a domain error; never a crash', () => {
    const actors = Object.values(as);
    const anyCommand = (now: string, n: number): AppealCommand => {
      const actor = pick(actors, n);
      const builders: ((at: string) => AppealCommand)[] = [
        (at) => cmd.submit({}, at, actor),
        (at) => cmd.acknowledge(at, actor),
        (at) => cmd.requestClarification(at, {}, actor),
        (at) => cmd.provideClarification(at, {}, actor),
        (at) => cmd.forwardToDeputy(at, pick([DEPUTY, OTHER_DEPUTY], n >> 4), actor),
        (at) => cmd.forwardToAuthority(at, 'Прокуратура', actor),
        (at) => cmd.extend(at, { days: (n >> 4) % 40 }, actor),
        (at) => cmd.answer(at, {}, actor),
        (at) => cmd.reopen(at, {}, actor),
        (at) => cmd.withdraw(at, actor),
        (at) => cmd.feedback(at, { quality: (n >> 4) % 7 }, actor),
        (at) => cmd.assign(at, pick([DEPUTY, OTHER_DEPUTY], n >> 4), actor),
        (at) => cmd.recategorize(at, pick(CATEGORIES, n >> 4), actor),
        (at) => cmd.reject(at, actor),
        (at) => cmd.markOverdue(pick(['ANSWER', 'FIRST_RESPONSE'] as const, n >> 4), at, actor),
        (at) => cmd.close(at, actor),
      ];
      return pick(builders, n >> 8)(now);
    };
    fc.assert(
      fc.property(
        fc.array(fc.record({ n: fc.nat(1 << 16), minutes: fc.integer({ min: 0, max: 60 * 24 * 10 }) }), { maxLength: 60 }),
        (plan) => {
          let state: AppealState = initialState;
          let now = T0;
          for (const { n, minutes } of plan) {
            now = new Date(Date.parse(now) + minutes * 60_000).toISOString();
            let decided: readonly AppealEvent[] = [];
            try {
              decided = decide(anyCommand(now, n), state);
            } catch (error) {
              expect(error).toBeInstanceOf(DomainError);
            }
            state = decided.reduce(evolve, state);
            expect(['NOT_SUBMITTED', ...APPEAL_STATUSES]).toContain(state.status);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
