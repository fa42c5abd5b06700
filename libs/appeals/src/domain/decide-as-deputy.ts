/** The handling deputy's (or their assistant's) commands (rules in appeal-decider.ts). */
import { DomainError } from '@app/platform/errors/domain-error';
import type { AcknowledgeAppeal, AnswerAppeal, ExtendDeadline, ForwardAppeal, RequestClarification } from './appeal-commands';
import { type AppealEvent, type ForwardTarget } from './appeal-events';
import { type AppealState } from './appeal-state';
import { MAX_EXTENSION_DAYS, addDays, resumedDue } from './deadlines';
import { integerIn, requiredText } from './validation';
import { NOTE_MAX, TEXT_MAX } from './text-limits';
import { requireHandlingDeputy, requireStatus } from './decider-guards';

export function acknowledge(command: AcknowledgeAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireStatus(state, command, ['ASSIGNED', 'REOPENED']);
  requireHandlingDeputy(appeal, command);
  return [
    { type: 'AppealAcknowledged', data: { appealId: appeal.appealId, deputyId: appeal.deputyId, acknowledgedAt: command.metadata.at } },
  ];
}

export function requestClarification(command: RequestClarification, state: AppealState): AppealEvent[] {
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

export function forward(command: ForwardAppeal, state: AppealState): AppealEvent[] {
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

export function extendDeadline(command: ExtendDeadline, state: AppealState): AppealEvent[] {
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

export function answer(command: AnswerAppeal, state: AppealState): AppealEvent[] {
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

function forwardTarget(to: ForwardTarget | undefined): ForwardTarget {
  if (to?.kind === 'DEPUTY') return { kind: 'DEPUTY', deputyId: requiredText(to.deputyId, 'to.deputyId', 200) };
  if (to?.kind === 'AUTHORITY') return { kind: 'AUTHORITY', authority: requiredText(to.authority, 'to.authority', 300) };
  throw new DomainError('BAD_USER_INPUT', 'to must name a deputy (kind DEPUTY) or an outside authority (kind AUTHORITY)', { field: 'to' });
}
