/** The author's commands: submit, clarify, reopen, withdraw, rate (rules in appeal-decider.ts). */
import { DomainError } from '@app/platform/errors/domain-error';
import type { ProvideClarification, ReopenAppeal, SubmitAppeal, SubmitFeedback, WithdrawAppeal } from './appeal-commands';
import { type AppealEvent, SOLVED_VALUES, type Score } from './appeal-events';
import { type AppealState } from './appeal-state';
import { REOPEN_WINDOW_DAYS, addDays, answerDueFrom, firstResponseDueFrom, hasPassed, resumedDue } from './deadlines';
import { integerIn, oneOf, optionalText, requiredText } from './validation';
import { NOTE_MAX, SUBJECT_MAX, TEXT_MAX } from './text-limits';
import { attachmentList } from './attachment-list';
import { forbidden, requireAuthor, requireStatus } from './decider-guards';

export function submit(command: SubmitAppeal, state: AppealState): AppealEvent[] {
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

export function provideClarification(command: ProvideClarification, state: AppealState): AppealEvent[] {
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

export function reopen(command: ReopenAppeal, state: AppealState): AppealEvent[] {
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

export function withdraw(command: WithdrawAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION']);
  requireAuthor(appeal, command);
  return [{ type: 'AppealWithdrawn', data: { appealId: appeal.appealId, withdrawnAt: command.metadata.at } }];
}

export function submitFeedback(command: SubmitFeedback, state: AppealState): AppealEvent[] {
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
