import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { ExtendDeadlineCommand } from './extend-deadline.command';

@CommandHandler(ExtendDeadlineCommand)
export class ExtendDeadlineHandler implements ICommandHandler<ExtendDeadlineCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ viewer, data, commandId }: ExtendDeadlineCommand): Promise<AppealOutcome> {
    return this.appeals.onAppeal(viewer, { type: 'ExtendDeadline', metadata: this.appeals.metadata(viewer, commandId), data });
  }
}
