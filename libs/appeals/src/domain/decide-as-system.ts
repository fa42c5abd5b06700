/** The process managers' commands: stale timers are no-ops, never errors (rules in appeal-decider.ts). */
import type { CloseAppeal, MarkOverdue } from './appeal-commands';
import { type AppealEvent, DEADLINES } from './appeal-events';
import { type AppealState, pendingDeadlines } from './appeal-state';
import { AUTO_CLOSE_DAYS, addDays, hasPassed } from './deadlines';
import { oneOf } from './validation';
import { requireExists, requireSystem } from './decider-guards';

export function markOverdue(command: MarkOverdue, state: AppealState): AppealEvent[] {
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

export function close(command: CloseAppeal, state: AppealState): AppealEvent[] {
  const appeal = requireExists(state, command);
  requireSystem(command);
  if (appeal.status !== 'ANSWERED' || !hasPassed(addDays(appeal.lastAnsweredAt, AUTO_CLOSE_DAYS), command.metadata.at)) return [];
  return [{ type: 'AppealClosed', data: { appealId: appeal.appealId, reason: 'NO_FEEDBACK_30_DAYS', closedAt: command.metadata.at } }];
}
