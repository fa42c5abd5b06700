/**
 * The state of one appeal, folded from its events: a union on `status`, so each status carries exactly
 * what is known in it (a handling deputy once assigned, the pause start while awaiting clarification, the
 * answer time once answered, …).
 *
 * Deadlines are state, computed from events: `answerDueAt` (moved by pauses, an extension, reset by a
 * reopen) and `firstResponseDueAt`; `overdue` lists the deadlines already marked, one mark per distinct
 * `(deadline, dueAt)`. `pendingDeadlines` says what a process manager should watch.
 */
import type { AppealEvent, CloseReason, Deadline, RejectReason, Solved } from './appeal-events';
import { hasPassed } from './deadlines';

export const APPEAL_STATUSES = [
  'SUBMITTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'AWAITING_CLARIFICATION',
  'ANSWERED',
  'REOPENED',
  'CLOSED',
  'FORWARDED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/**
 * The statuses of an appeal still waiting for its deputy (not answered, closed, forwarded to an authority,
 * rejected or withdrawn): the one list every inbox, queue, sweep and figure of open appeals reads.
 */
export const OPEN_STATUSES = [
  'SUBMITTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'AWAITING_CLARIFICATION',
  'REOPENED',
] as const satisfies readonly AppealStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/** Whether an appeal in this status still waits for its deputy. */
export const isOpen = (status: AppealStatus): status is OpenStatus => (OPEN_STATUSES as readonly AppealStatus[]).includes(status);

/** A deadline marked overdue; a new due date (after an extension or a reopen) is a new deadline. */
export type OverdueMark = Readonly<{ deadline: Deadline; dueAt: string }>;

/** What every registered appeal knows, whatever its status. */
export type AppealFacts = Readonly<{
  appealId: string;
  subjectId: string;
  regionCode: string;
  territoryId: string;
  categoryId: string;
  addressedDeputyId: string | null;
  submittedAt: string;
  /** The handling deputy; `null` until routing or a moderator assigns one. */
  deputyId: string | null;
  /** 59-ФЗ answer due date. While awaiting clarification it moves forward when the voter replies. */
  answerDueAt: string;
  /** Category first-response target, `null` when the category sets none. */
  firstResponseDueAt: string | null;
  /** First acknowledgement, clarification request or answer. */
  firstRespondedAt: string | null;
  extension: Readonly<{ days: number; reason: string; extendedAt: string }> | null;
  overdue: readonly OverdueMark[];
  answerCount: number;
  lastAnsweredAt: string | null;
  /** The latest feedback and the answer it rated. */
  feedback: Readonly<{ answerNumber: number; solved: Solved }> | null;
}>;

type In<TStatus extends AppealStatus, TExtra = unknown> = AppealFacts & Readonly<{ status: TStatus } & TExtra>;

export type NotSubmittedAppeal = Readonly<{ status: 'NOT_SUBMITTED' }>;
export type SubmittedAppeal = In<'SUBMITTED', { deputyId: null }>;
export type AssignedAppeal = In<'ASSIGNED', { deputyId: string }>;
export type InProgressAppeal = In<'IN_PROGRESS', { deputyId: string }>;
export type AwaitingClarificationAppeal = In<
  'AWAITING_CLARIFICATION',
  { deputyId: string; /** The answer clock stopped here. */ clockPausedAt: string }
>;
export type AnsweredAppeal = In<'ANSWERED', { deputyId: string; lastAnsweredAt: string }>;
export type ReopenedAppeal = In<'REOPENED', { deputyId: string; lastAnsweredAt: string }>;
export type ClosedAppeal = In<'CLOSED', { deputyId: string; lastAnsweredAt: string; closeReason: CloseReason; closedAt: string }>;
export type ForwardedAppeal = In<'FORWARDED', { deputyId: string; authority: string; forwardedAt: string }>;
export type RejectedAppeal = In<'REJECTED', { rejectReason: RejectReason; rejectedAt: string }>;
export type WithdrawnAppeal = In<'WITHDRAWN', { withdrawnAt: string }>;

export type RegisteredAppeal =
  | SubmittedAppeal
  | AssignedAppeal
  | InProgressAppeal
  | AwaitingClarificationAppeal
  | AnsweredAppeal
  | ReopenedAppeal
  | ClosedAppeal
  | ForwardedAppeal
  | RejectedAppeal
  | WithdrawnAppeal;
export type AppealState = NotSubmittedAppeal | RegisteredAppeal;

export const initialState: AppealState = { status: 'NOT_SUBMITTED' };

/** Statuses in which the answer clock runs (it is paused while awaiting clarification). */
const ANSWER_CLOCK_RUNS: readonly AppealStatus[] = ['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED'];

/**
 * The deadlines that can still be missed and are not marked yet: what a process manager schedules
 * `MarkOverdue` for (at `dueAt`). The answer deadline is not pending while the clock is paused, unless it
 * had already passed when the pause began; the first-response deadline ends with the first response.
 */
export function pendingDeadlines(state: AppealState): readonly OverdueMark[] {
  if (state.status === 'NOT_SUBMITTED') return [];
  const pending: OverdueMark[] = [];
  const answerClockRuns =
    ANSWER_CLOCK_RUNS.includes(state.status) ||
    (state.status === 'AWAITING_CLARIFICATION' && hasPassed(state.answerDueAt, state.clockPausedAt));
  if (answerClockRuns) pending.push({ deadline: 'ANSWER', dueAt: state.answerDueAt });
  if (state.firstResponseDueAt !== null && state.firstRespondedAt === null && isOpen(state.status)) {
    pending.push({ deadline: 'FIRST_RESPONSE', dueAt: state.firstResponseDueAt });
  }
  return pending.filter((deadline) => !isMarked(state, deadline));
}

const isMarked = (state: AppealFacts, mark: OverdueMark): boolean =>
  state.overdue.some((marked) => marked.deadline === mark.deadline && marked.dueAt === mark.dueAt);

/** Folds one event into the state. Events come from `decide`, so one that cannot follow the state means a corrupt stream. */
export function evolve(state: AppealState, event: AppealEvent): AppealState {
  if (event.type === 'AppealSubmitted') {
    if (state.status !== 'NOT_SUBMITTED') throw corruptStream(state, event);
    const { appealId, subjectId, regionCode, territoryId, categoryId, addressedDeputyId, submittedAt, answerDueAt, firstResponseDueAt } =
      event.data;
    return {
      status: 'SUBMITTED',
      appealId,
      subjectId,
      regionCode,
      territoryId,
      categoryId,
      addressedDeputyId,
      submittedAt,
      deputyId: null,
      answerDueAt,
      firstResponseDueAt,
      firstRespondedAt: null,
      extension: null,
      overdue: [],
      answerCount: 0,
      lastAnsweredAt: null,
      feedback: null,
    };
  }
  if (state.status === 'NOT_SUBMITTED') throw corruptStream(state, event);
  const facts = factsOf(state);
  const firstRespondedAt = (at: string): string => facts.firstRespondedAt ?? at;

  switch (event.type) {
    case 'AppealAssigned':
      return { ...facts, status: 'ASSIGNED', deputyId: event.data.deputyId };
    case 'AppealCategorized':
      return { ...state, categoryId: event.data.categoryId };
    case 'AppealAcknowledged':
      return {
        ...facts,
        status: 'IN_PROGRESS',
        deputyId: event.data.deputyId,
        firstRespondedAt: firstRespondedAt(event.data.acknowledgedAt),
      };
    case 'ClarificationRequested':
      return {
        ...facts,
        status: 'AWAITING_CLARIFICATION',
        deputyId: event.data.deputyId,
        clockPausedAt: event.data.requestedAt,
        firstRespondedAt: firstRespondedAt(event.data.requestedAt),
      };
    case 'ClarificationProvided':
      if (state.status !== 'AWAITING_CLARIFICATION') throw corruptStream(state, event);
      return { ...facts, status: 'IN_PROGRESS', deputyId: state.deputyId, answerDueAt: event.data.answerDueAt };
    case 'AppealForwarded': {
      const { to, fromDeputyId, forwardedAt } = event.data;
      // To another deputy: a step in the history; the AppealAssigned that follows it moves the appeal.
      if (to.kind === 'DEPUTY') return state;
      return { ...facts, status: 'FORWARDED', deputyId: fromDeputyId, authority: to.authority, forwardedAt };
    }
    case 'DeadlineExtended': {
      const { days, reason, extendedAt, answerDueAt } = event.data;
      return { ...state, answerDueAt, extension: { days, reason, extendedAt } };
    }
    case 'AppealAnswered':
      return {
        ...facts,
        status: 'ANSWERED',
        deputyId: event.data.deputyId,
        answerCount: event.data.answerNumber,
        lastAnsweredAt: event.data.answeredAt,
        firstRespondedAt: firstRespondedAt(event.data.answeredAt),
      };
    case 'AppealReopened':
      if (state.status !== 'ANSWERED' && state.status !== 'CLOSED') throw corruptStream(state, event);
      return {
        ...facts,
        status: 'REOPENED',
        deputyId: state.deputyId,
        lastAnsweredAt: state.lastAnsweredAt,
        answerDueAt: event.data.answerDueAt,
      };
    case 'AppealClosed':
      if (state.status !== 'ANSWERED') throw corruptStream(state, event);
      return {
        ...facts,
        status: 'CLOSED',
        deputyId: state.deputyId,
        lastAnsweredAt: state.lastAnsweredAt,
        closeReason: event.data.reason,
        closedAt: event.data.closedAt,
      };
    case 'AppealRejected':
      return { ...facts, status: 'REJECTED', rejectReason: event.data.reason, rejectedAt: event.data.rejectedAt };
    case 'AppealWithdrawn':
      return { ...facts, status: 'WITHDRAWN', withdrawnAt: event.data.withdrawnAt };
    case 'AppealOverdue':
      return { ...state, overdue: [...state.overdue, { deadline: event.data.deadline, dueAt: event.data.dueAt }] };
    case 'FeedbackSubmitted':
      return { ...state, feedback: { answerNumber: event.data.answerNumber, solved: event.data.solved } };
  }
}

/** The facts of a registered appeal without what belongs to its current status. */
function factsOf(state: RegisteredAppeal): AppealFacts {
  const { appealId, subjectId, regionCode, territoryId, categoryId, addressedDeputyId, submittedAt, deputyId } = state;
  const { answerDueAt, firstResponseDueAt, firstRespondedAt, extension, overdue, answerCount, lastAnsweredAt, feedback } = state;
  return {
    appealId,
    subjectId,
    regionCode,
    territoryId,
    categoryId,
    addressedDeputyId,
    submittedAt,
    deputyId,
    answerDueAt,
    firstResponseDueAt,
    firstRespondedAt,
    extension,
    overdue,
    answerCount,
    lastAnsweredAt,
    feedback,
  };
}

const corruptStream = (state: AppealState, event: AppealEvent): Error =>
  new Error(`Corrupt appeal stream: ${event.type} cannot follow status ${state.status}`);
