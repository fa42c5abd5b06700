/** A ЦУР moderator's commands, and rejection by the handling deputy (rules in appeal-decider.ts). */
import type { AssignAppeal, RecategorizeAppeal, RejectAppeal } from './appeal-commands';
import { type AppealEvent, REJECT_REASONS } from './appeal-events';
import type { AppealState } from './appeal-state';
import { oneOf, optionalText, requiredText } from './validation';
import { NOTE_MAX } from './text-limits';
import { requireHandlingDeputy, requireModerator, requireStatus } from './decider-guards';
import { DomainError } from '@app/platform/errors/domain-error';

export function assign(command: AssignAppeal, state: AppealState): AppealEvent[] {
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

export function recategorize(command: RecategorizeAppeal, state: AppealState): AppealEvent[] {
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

export function reject(command: RejectAppeal, state: AppealState): AppealEvent[] {
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
