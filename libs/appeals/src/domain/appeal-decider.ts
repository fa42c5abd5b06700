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
import type { Decider } from '@app/platform/event-sourcing/decider';
import type { AppealCommand } from './appeal-commands';
import type { AppealEvent } from './appeal-events';
import { type AppealState, evolve, initialState } from './appeal-state';
import { toMillis } from './deadlines';
import { acknowledge, answer, extendDeadline, forward, requestClarification } from './decide-as-deputy';
import { assign, recategorize, reject } from './decide-as-moderator';
import { close, markOverdue } from './decide-as-system';
import { provideClarification, reopen, submit, submitFeedback, withdraw } from './decide-as-voter';

export { SUBJECT_MAX, TEXT_MAX } from './text-limits';
export { attachmentList, recordedAttachments } from './attachment-list';

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
