/** The checks every decision starts with: the appeal exists, its status allows the command, the actor may. */
import { DomainError } from '@app/platform/errors/domain-error';
import type { AppealCommand } from './appeal-commands';
import type { AppealState, AppealStatus, RegisteredAppeal } from './appeal-state';

export function requireExists(state: AppealState, command: AppealCommand): RegisteredAppeal {
  if (state.status === 'NOT_SUBMITTED') {
    throw new DomainError('NOT_FOUND', `${command.type}: appeal ${command.data.appealId} does not exist`, {
      appealId: command.data.appealId,
    });
  }
  return state;
}

/** The appeal, narrowed to the statuses the command is allowed in, or INVALID_STATE naming both. */
export function requireStatus<TStatus extends AppealStatus>(
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

export function requireAuthor(appeal: RegisteredAppeal, command: AppealCommand): void {
  if (command.metadata.actorId !== appeal.subjectId) throw forbidden(command, 'only for the author of the appeal');
}

/** A deputy, or an assistant acting for them, who handles this appeal. */
export function requireHandlingDeputy(
  appeal: RegisteredAppeal,
  command: AppealCommand,
): asserts appeal is RegisteredAppeal & { deputyId: string } {
  const { role, deputyId } = command.metadata;
  const actsForHandlingDeputy = (role === 'DEPUTY' || role === 'ASSISTANT') && deputyId != null && deputyId === appeal.deputyId;
  if (!actsForHandlingDeputy) throw forbidden(command, 'only for the deputy handling the appeal or their assistant');
}

export function requireModerator(command: AppealCommand): void {
  if (command.metadata.role !== 'MODERATOR') throw forbidden(command, 'only for a moderator');
}

export function requireSystem(command: AppealCommand): void {
  if (command.metadata.role !== 'SYSTEM') throw forbidden(command, 'only for the system');
}

export const forbidden = (command: AppealCommand, rule: string): DomainError =>
  new DomainError('FORBIDDEN', `${command.type} is allowed ${rule}`, { role: command.metadata.role });
