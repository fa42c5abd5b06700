import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { MarkOverdueCommand } from './mark-overdue.command';

/** A no-op when the deadline was met, moved, paused or already marked. */
@CommandHandler(MarkOverdueCommand)
export class MarkOverdueHandler implements ICommandHandler<MarkOverdueCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ data, metadata }: MarkOverdueCommand): Promise<AppealOutcome> {
    return this.appeals.asSystem({ type: 'MarkOverdue', metadata, data });
  }
}
