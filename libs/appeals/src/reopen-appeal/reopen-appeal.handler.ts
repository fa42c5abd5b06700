import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { ReopenAppealCommand } from './reopen-appeal.command';

@CommandHandler(ReopenAppealCommand)
export class ReopenAppealHandler implements ICommandHandler<ReopenAppealCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ viewer, data, commandId }: ReopenAppealCommand): Promise<AppealOutcome> {
    return this.appeals.onAppeal(viewer, { type: 'ReopenAppeal', metadata: this.appeals.metadata(viewer, commandId), data });
  }
}
