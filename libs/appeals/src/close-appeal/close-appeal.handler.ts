import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { CloseAppealCommand } from './close-appeal.command';

/** A no-op when the appeal is no longer waiting for feedback. */
@CommandHandler(CloseAppealCommand)
export class CloseAppealHandler implements ICommandHandler<CloseAppealCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ data, metadata }: CloseAppealCommand): Promise<AppealOutcome> {
    return this.appeals.asSystem({ type: 'CloseAppeal', metadata, data });
  }
}
