/**
 * The appeal decider: `decide(command, state) → events`, pure and deterministic (time and ids come in
 * with the command). The rules, including those the issue left open:
 *
 * Lifecycle
 * - SubmitAppeal registers the appeal and, when the caller's routing found a deputy, assigns it in the same
 *   step (AppealSubmitted + AppealAssigned{ROUTING, routingRuleId}) → ASSIGNED; without one it stays
 *   SUBMITTED until a moderator assigns it. The author must be the actor (actorId = subjectId).
 * - The handling deputy (or an assistant acting for them):
 *   acknowledges (ASSIGNED | REOPENED → IN_PROGRESS);
 *   asks a clarification (ASSIGNED | IN_PROGRESS | REOPENED → AWAITING_CLARIFICATION; the voter's reply
 *   → IN_PROGRESS);
 *   answers (ASSIGNED | IN_PROGRESS | AWAITING_CLARIFICATION | REOPENED → ANSWERED; an answer does not wait
 *   for a clarification that may never come);
 *   forwards (ASSIGNED | IN_PROGRESS | REOPENED) to another deputy — AppealForwarded + AppealAssigned
 *   {FORWARDING} → ASSIGNED, deadlines unchanged — or to an outside authority → FORWARDED (terminal);
 *   extends the deadline (while the answer is pending); rejects (as a moderator can).
 * - A moderator assigns (SUBMITTED | ASSIGNED | IN_PROGRESS | REOPENED → ASSIGNED; not while the voter is
 *   being asked, not after an answer), recategorises (any status until closed; deadlines stay), rejects
 *   (SUBMITTED | ASSIGNED | IN_PROGRESS | AWAITING_CLARIFICATION | REOPENED → REJECTED; the text is kept).
 * - The author withdraws only before the first answer (not from REOPENED: an answer exists and counts).
 *
 * Deadlines (see deadlines.ts): answer due 30 days after submission; a clarification request pauses the
 * clock; ONE extension per appeal (1..30 days, reason shown to the voter); a reopen sets a new due date
 * 30 days after the reopen (no new first-response target). First response = acknowledgement, clarification
 * request or answer. MarkOverdue (system) emits AppealOverdue once per missed (deadline, dueAt) and is a
 * no-op ([]) when that deadline is not pending (met, paused, answered, closed, terminal, already marked)
 * or not passed yet — process managers may repeat it safely. A late extension does not undo a mark.
 *
 * Feedback and closing: feedback is the author's, in ANSWERED only, once per answer (scores 1..5, solved
 * YES | PARTLY | NO) and closes the appeal (FeedbackSubmitted + AppealClosed{FEEDBACK}). The author may
 * reopen within 30 days of the answer (strictly before answeredAt + 30 days) from ANSWERED, or from CLOSED
 * when their feedback said the problem was not (or partly) solved. CloseAppeal (system) closes an ANSWERED
 * appeal 30 days after the answer (AppealClosed{NO_FEEDBACK_30_DAYS}); otherwise it is a no-op.
 *
 * Errors, checked in this order: BAD_USER_INPUT for an unreadable `at`; NOT_FOUND (no appeal yet);
 * INVALID_STATE (command not allowed in the status, `{ status }`) — except CONFLICT for a submit on an
 * existing id and for a second feedback on one answer; FORBIDDEN (not the author / handling deputy /
 * a moderator / the system); BAD_USER_INPUT (`{ field }`); CONFLICT for a second extension.
 */
import { DomainError } from '@app/platform/errors/domain-error';
import type { Decider } from '@app/platform/event-sourcing/decider';
import type {
  AcknowledgeAppeal,
  AnswerAppeal,
  AppealCommand,
  AssignAppeal,
  CloseAppeal,
  ExtendDeadline,
  ForwardAppeal,
  MarkOverdue,
  ProvideClarification,
  RecategorizeAppeal,
  RejectAppeal,
  ReopenAppeal,
  RequestClarification,
  SubmitAppeal,
  SubmitFeedback,
  WithdrawAppeal,
} from './appeal-commands';
import {
  type AppealEvent,
  DEADLINES,
  type ForwardTarget,
  MAX_ATTACHMENTS,
  REJECT_REASONS,
  SOLVED_VALUES,
  type Score,
} from './appeal-events';
import { type AppealState, type AppealStatus, type RegisteredAppeal, evolve, initialState, pendingDeadlines } from './appeal-state';
import {
  AUTO_CLOSE_DAYS,
  MAX_EXTENSION_DAYS,
  REOPEN_WINDOW_DAYS,
  addDays,
  answerDueFrom,
  firstResponseDueFrom,
  hasPassed,
  resumedDue,
  toMillis,
} from './deadlines';
import { integerIn, oneOf, optionalText, requiredText } from './validation';

/** Decides what a command means for the appeal in `state`; throws a `DomainError` when a rule says no. */
export function decide(command: AppealCommand, state: AppealState): AppealEvent[] {
  toMillis(command.metadata.at); // the clock comes with the command: an unreadable time is bad input
  switch (command.type) {
    case 'SubmitAppeal':
      return submit(command, state);
    case 'AcknowledgeAppeal':
      return acknowledge(command, state);
    case 'RequestClarification':
      return requestClarification(command, state);
    case 'ProvideClarification':
      return provideClarification(command, state);
    case 'ForwardAppeal':
      return forward(command, state);
    case 'ExtendDeadline':
      return extendDeadline(command, state);
    case 'AnswerAppeal':
      return answer(command, state);
    case 'ReopenAppeal':
      return reopen(command, state);
    case 'WithdrawAppeal':
      return withdraw(command, state);
    case 'SubmitFeedback':
      return submitFeedback(command, state);
    case 'AssignAppeal':
      return assign(command, state);
    case 'RecategorizeAppeal':
      return recategorize(command, state);
    case 'RejectAppeal':
      return reject(command, state);
    case 'MarkOverdue':
      return markOverdue(command, state);
    case 'CloseAppeal':
      return close(command, state);
  }
}

/** The appeal decider for `executeCommand`. */
export const appealDecider: Decider<AppealCommand, AppealEvent, AppealState> = { initialState, decide, evolve };

/** Longest subject and text of an appeal, in characters. */
export const SUBJECT_MAX = 200;
export const TEXT_MAX = 10_000;
const NOTE_MAX = 2_000;

// ---- the voter ----------------------------------------------------------------------------------------

function submit(command: SubmitAppeal, state: AppealState): AppealEvent[] {
  const { data, metadata } = command;
  if (state.status !== 'NOT_SUBMITTED') {
    throw new DomainError('CONFLICT', `SubmitAppeal: appeal ${state.appealId} already exists (${state.status})`, { status: state.status });
  }
  if (metadata.actorId !== data.subjectId) throw forbidden(command, 'only as its author (actorId must be the subjectId)');
  const [appealId, subjectId, regionCode, territoryId, categoryId, policyVersion] = (
    ['appealId', 'subjectId', 'regionCode', 'territoryId', 'categoryId', 'policyVersion'] as const
  ).map((field) => requiredText(data[field], field, 200));
  const subject = requiredText(data.subject, 'subject', SUBJECT_MAX);
  const text = requiredText(data.text, 'text', TEXT_MAX);
  const deputyId = optionalText(data.deputyId, 'deputyId', 200);
  const routingRuleId = optionalText(data.routingRuleId, 'routingRuleId', 200);
  if (deputyId !== null && routingRuleId === null) {
    throw new DomainError('BAD_USER_INPUT', 'routingRuleId is required with a routed deputyId, to explain the assignment', {
      field: 'routingRuleId',
    });
  }
  const attachmentIds = attachmentList(data.attachmentIds);
  const targetHours =
    data.firstResponseTargetHours == null ? null : integerIn(data.firstResponseTargetHours, 'firstResponseTargetHours', 1, 720);
  const at = metadata.at;

  const submitted: AppealEvent = {
    type: 'AppealSubmitted',
    data: {
      appealId,
      subjectId,
      regionCode,
      territoryId,
      categoryId,
      subject,
      text,
      addressedDeputyId: optionalText(data.addressedDeputyId, 'addressedDeputyId', 200),
      policyVersion,
      ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
      submittedAt: at,
      answerDueAt: answerDueFrom(at),
      firstResponseDueAt: firstResponseDueFrom(at, targetHours),
    },
  };
  if (deputyId === null) return [submitted];
  return [
    submitted,
    {
      type: 'AppealAssigned',
      data: { appealId, deputyId, previousDeputyId: null, assignedBy: 'ROUTING', routingRuleId, reason: null, assignedAt: at },
    },
  ];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** At most `MAX_ATTACHMENTS` distinct photo ids (uuids, lower case); a repeated id counts once. */
export function attachmentList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string' || !UUID.test(id))) {
    throw new DomainError('BAD_USER_INPUT', 'attachmentIds must be a list of photo ids as the upload returned them', {
      field: 'attachmentIds',
    });
  }
  const ids = [...new Set(value.map((id: string) => id.toLowerCase()))];
  if (ids.length > MAX_ATTACHMENTS) {
    throw new DomainError('BAD_USER_INPUT', `attachmentIds: at most ${MAX_ATTACHMENTS} photos per appeal (got ${ids.length})`, {
      field: 'attachmentIds',
    });
  }
  return ids;
}

/** The photo ids a submission recorded: none unless these events hold an `AppealSubmitted`. */
export function recordedAttachments(events: ReadonlyArray<Readonly<{ type: string; data: unknown }>>): string[] {
  return events.flatMap((event) =>
    event.type === 'AppealSubmitted' ? [...((event.data as { attachmentIds?: readonly string[] }).attachmentIds ?? [])] : [],
  );
}

function provideClarification(command: ProvideClarification, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['AWAITING_CLARIFICATION']);
  requireAuthor(appeal, command);
  const text = requiredText(command.data.text, 'text', TEXT_MAX);
  const at = command.metadata.at;
  return [
    {
      type: 'ClarificationProvided',
      data: { appealId: appeal.appealId, text, providedAt: at, answerDueAt: resumedDue(appeal.answerDueAt, appeal.clockPausedAt, at) },
    },
  ];
}

function reopen(command: ReopenAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['ANSWERED', 'CLOSED']);
  if (appeal.status === 'CLOSED' && !(appeal.closeReason === 'FEEDBACK' && appeal.feedback?.solved !== 'YES')) {
    const why = appeal.closeReason === 'FEEDBACK' ? 'the author said the problem was solved' : 'it was closed without feedback';
    throw new DomainError('INVALID_STATE', `ReopenAppeal is not allowed for an appeal in status CLOSED: ${why}`, { status: appeal.status });
  }
  requireAuthor(appeal, command);
  const reason = requiredText(command.data.reason, 'reason', NOTE_MAX);
  const at = command.metadata.at;
  const windowEndsAt = addDays(appeal.lastAnsweredAt, REOPEN_WINDOW_DAYS);
  if (hasPassed(windowEndsAt, at)) {
    throw new DomainError(
      'INVALID_STATE',
      `ReopenAppeal is not allowed for an appeal in status ${appeal.status} after ${windowEndsAt} (30 days after the answer)`,
      {
        status: appeal.status,
        reopenableUntil: windowEndsAt,
      },
    );
  }
  return [{ type: 'AppealReopened', data: { appealId: appeal.appealId, reason, reopenedAt: at, answerDueAt: answerDueFrom(at) } }];
}

function withdraw(command: WithdrawAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION']);
  requireAuthor(appeal, command);
  return [{ type: 'AppealWithdrawn', data: { appealId: appeal.appealId, withdrawnAt: command.metadata.at } }];
}

function submitFeedback(command: SubmitFeedback, state: AppealState): AppealEvent[] {
  if (state.status === 'CLOSED' && state.feedback?.answerNumber === state.answerCount) {
    throw new DomainError('CONFLICT', 'SubmitFeedback: feedback on this answer was already given', { status: state.status });
  }
  const appeal = requireStatus(state, command, ['ANSWERED']);
  requireAuthor(appeal, command);
  const { data } = command;
  const promptness = integerIn(data.promptness, 'promptness', 1, 5) as Score;
  const quality = integerIn(data.quality, 'quality', 1, 5) as Score;
  const attentiveness = integerIn(data.attentiveness, 'attentiveness', 1, 5) as Score;
  const solved = oneOf(data.solved, 'solved', SOLVED_VALUES);
  const comment = optionalText(data.comment, 'comment', NOTE_MAX);
  const at = command.metadata.at;
  return [
    {
      type: 'FeedbackSubmitted',
      data: {
        appealId: appeal.appealId,
        deputyId: appeal.deputyId,
        answerNumber: appeal.answerCount,
        promptness,
        quality,
        attentiveness,
        solved,
        comment,
        submittedAt: at,
      },
    },
    { type: 'AppealClosed', data: { appealId: appeal.appealId, reason: 'FEEDBACK', closedAt: at } },
  ];
}

// ---- the handling deputy --------------------------------------------------------------------------------

function acknowledge(command: AcknowledgeAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['ASSIGNED', 'REOPENED']);
  requireHandlingDeputy(appeal, command);
  return [
    { type: 'AppealAcknowledged', data: { appealId: appeal.appealId, deputyId: appeal.deputyId, acknowledgedAt: command.metadata.at } },
  ];
}

function requestClarification(command: RequestClarification, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['ASSIGNED', 'IN_PROGRESS', 'REOPENED']);
  requireHandlingDeputy(appeal, command);
  const question = requiredText(command.data.question, 'question', NOTE_MAX);
  return [
    {
      type: 'ClarificationRequested',
      data: { appealId: appeal.appealId, deputyId: appeal.deputyId, question, requestedAt: command.metadata.at },
    },
  ];
}

function forward(command: ForwardAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['ASSIGNED', 'IN_PROGRESS', 'REOPENED']);
  requireHandlingDeputy(appeal, command);
  const to = forwardTarget(command.data.to);
  if (to.kind === 'DEPUTY' && to.deputyId === appeal.deputyId) {
    throw new DomainError('BAD_USER_INPUT', 'to.deputyId must be another deputy: the appeal is already theirs', { field: 'to.deputyId' });
  }
  const reason = requiredText(command.data.reason, 'reason', NOTE_MAX);
  const at = command.metadata.at;
  const forwarded: AppealEvent = {
    type: 'AppealForwarded',
    data: { appealId: appeal.appealId, fromDeputyId: appeal.deputyId, to, reason, forwardedAt: at },
  };
  if (to.kind === 'AUTHORITY') return [forwarded];
  return [
    forwarded,
    {
      type: 'AppealAssigned',
      data: {
        appealId: appeal.appealId,
        deputyId: to.deputyId,
        previousDeputyId: appeal.deputyId,
        assignedBy: 'FORWARDING',
        routingRuleId: null,
        reason,
        assignedAt: at,
      },
    },
  ];
}

function extendDeadline(command: ExtendDeadline, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION', 'REOPENED']);
  requireHandlingDeputy(appeal, command);
  const days = integerIn(command.data.days, 'days', 1, MAX_EXTENSION_DAYS);
  const reason = requiredText(command.data.reason, 'reason', NOTE_MAX);
  if (appeal.extension !== null) {
    throw new DomainError(
      'CONFLICT',
      `ExtendDeadline: the deadline was already extended once (${appeal.extension.extendedAt}); 59-ФЗ allows one extension`,
      {
        status: appeal.status,
      },
    );
  }
  const answerDueAt = addDays(appeal.answerDueAt, days);
  return [
    {
      type: 'DeadlineExtended',
      data: {
        appealId: appeal.appealId,
        deputyId: appeal.deputyId,
        days,
        reason,
        previousDueAt: appeal.answerDueAt,
        answerDueAt,
        extendedAt: command.metadata.at,
      },
    },
  ];
}

function answer(command: AnswerAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION', 'REOPENED']);
  requireHandlingDeputy(appeal, command);
  const text = requiredText(command.data.text, 'text', TEXT_MAX);
  const at = command.metadata.at;
  const answerDueAt =
    appeal.status === 'AWAITING_CLARIFICATION' ? resumedDue(appeal.answerDueAt, appeal.clockPausedAt, at) : appeal.answerDueAt;
  return [
    {
      type: 'AppealAnswered',
      data: {
        appealId: appeal.appealId,
        deputyId: appeal.deputyId,
        text,
        answerNumber: appeal.answerCount + 1,
        answerDueAt,
        answeredAt: at,
      },
    },
  ];
}

// ---- moderators (and the handling deputy for rejection) -------------------------------------------------

function assign(command: AssignAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED']);
  requireModerator(command);
  const deputyId = requiredText(command.data.deputyId, 'deputyId', 200);
  if (deputyId === appeal.deputyId) {
    throw new DomainError('BAD_USER_INPUT', 'deputyId must be another deputy: the appeal is already theirs', { field: 'deputyId' });
  }
  return [
    {
      type: 'AppealAssigned',
      data: {
        appealId: appeal.appealId,
        deputyId,
        previousDeputyId: appeal.deputyId,
        assignedBy: 'MODERATOR',
        routingRuleId: null,
        reason: optionalText(command.data.reason, 'reason', NOTE_MAX),
        assignedAt: command.metadata.at,
      },
    },
  ];
}

function recategorize(command: RecategorizeAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION', 'ANSWERED', 'REOPENED']);
  requireModerator(command);
  const categoryId = requiredText(command.data.categoryId, 'categoryId', 200);
  if (categoryId === appeal.categoryId) {
    throw new DomainError('BAD_USER_INPUT', 'categoryId must differ from the current category', { field: 'categoryId' });
  }
  return [
    {
      type: 'AppealCategorized',
      data: { appealId: appeal.appealId, categoryId, previousCategoryId: appeal.categoryId, categorizedAt: command.metadata.at },
    },
  ];
}

function reject(command: RejectAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION', 'REOPENED']);
  if (command.metadata.role !== 'MODERATOR') requireHandlingDeputy(appeal, command);
  const reason = oneOf(command.data.reason, 'reason', REJECT_REASONS);
  const note = optionalText(command.data.note, 'note', NOTE_MAX);
  return [
    {
      type: 'AppealRejected',
      data: {
        appealId: appeal.appealId,
        reason,
        note,
        rejectedBy: command.metadata.role === 'MODERATOR' ? 'MODERATOR' : 'DEPUTY',
        deputyId: appeal.deputyId,
        rejectedAt: command.metadata.at,
      },
    },
  ];
}

// ---- the system (process managers): stale timers are no-ops, never errors ---------------------------

function markOverdue(command: MarkOverdue, state: AppealState): AppealEvent[] {
  const appeal = requireExists(state, command);
  requireSystem(command);
  const deadline = oneOf(command.data.deadline, 'deadline', DEADLINES);
  const pending = pendingDeadlines(appeal).find((candidate) => candidate.deadline === deadline);
  if (pending === undefined || !hasPassed(pending.dueAt, command.metadata.at)) return [];
  return [
    {
      type: 'AppealOverdue',
      data: { appealId: appeal.appealId, deadline, dueAt: pending.dueAt, deputyId: appeal.deputyId, markedAt: command.metadata.at },
    },
  ];
}

function close(command: CloseAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireExists(state, command);
  requireSystem(command);
  if (appeal.status !== 'ANSWERED' || !hasPassed(addDays(appeal.lastAnsweredAt, AUTO_CLOSE_DAYS), command.metadata.at)) return [];
  return [{ type: 'AppealClosed', data: { appealId: appeal.appealId, reason: 'NO_FEEDBACK_30_DAYS', closedAt: command.metadata.at } }];
}

// ---- guards -----------------------------------------------------------------------------------------------

function requireExists(state: AppealState, command: AppealCommand): RegisteredAppeal {
  if (state.status === 'NOT_SUBMITTED') {
    throw new DomainError('NOT_FOUND', `${command.type}: appeal ${command.data.appealId} does not exist`, {
      appealId: command.data.appealId,
    });
  }
  return state;
}

/** The appeal, narrowed to the statuses the command is allowed in, or INVALID_STATE naming both. */
function requireStatus<TStatus extends AppealStatus>(
  state: AppealState,
  command: AppealCommand,
  allowed: readonly TStatus[],
): Extract<RegisteredAppeal, { status: TStatus }> {
  const appeal = requireExists(state, command);
  if (!(allowed as readonly AppealStatus[]).includes(appeal.status)) {
    throw new DomainError('INVALID_STATE', `${command.type} is not allowed for an appeal in status ${appeal.status}`, {
      status: appeal.status,
    });
  }
  return appeal as Extract<RegisteredAppeal, { status: TStatus }>;
}

function requireAuthor(appeal: RegisteredAppeal, command: AppealCommand): void {
  if (command.metadata.actorId !== appeal.subjectId) throw forbidden(command, 'only for the author of the appeal');
}

/** A deputy, or an assistant acting for them, who handles this appeal. */
function requireHandlingDeputy(
  appeal: RegisteredAppeal,
  command: AppealCommand,
): asserts appeal is RegisteredAppeal & { deputyId: string } {
  const { role, deputyId } = command.metadata;
  const actsForHandlingDeputy = (role === 'DEPUTY' || role === 'ASSISTANT') && deputyId != null && deputyId === appeal.deputyId;
  if (!actsForHandlingDeputy) throw forbidden(command, 'only for the deputy handling the appeal or their assistant');
}

function requireModerator(command: AppealCommand): void {
  if (command.metadata.role !== 'MODERATOR') throw forbidden(command, 'only for a moderator');
}

function requireSystem(command: AppealCommand): void {
  if (command.metadata.role !== 'SYSTEM') throw forbidden(command, 'only for the system');
}

const forbidden = (command: AppealCommand, rule: string): DomainError =>
  new DomainError('FORBIDDEN', `${command.type} is allowed ${rule}`, { role: command.metadata.role });

function forwardTarget(to: ForwardTarget | undefined): ForwardTarget {
  if (to?.kind === 'DEPUTY') return { kind: 'DEPUTY', deputyId: requiredText(to.deputyId, 'to.deputyId', 200) };
  if (to?.kind === 'AUTHORITY') return { kind: 'AUTHORITY', authority: requiredText(to.authority, 'to.authority', 300) };
  throw new DomainError('BAD_USER_INPUT', 'to must name a deputy (kind DEPUTY) or an outside authority (kind AUTHORITY)', { field: 'to' });
}
