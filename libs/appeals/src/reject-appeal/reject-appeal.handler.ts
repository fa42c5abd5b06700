import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { RejectAppealCommand } from './reject-appeal.command';

@CommandHandler(RejectAppealCommand)
export class RejectAppealHandler implements ICommandHandler<RejectAppealCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ viewer, data, commandId }: RejectAppealCommand): Promise<AppealOutcome> {
    return this.appeals.onAppeal(viewer, { type: 'RejectAppeal', metadata: this.appeals.metadata(viewer, commandId), data });
  }
}
