import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { WithdrawAppealCommand } from './withdraw-appeal.command';

@CommandHandler(WithdrawAppealCommand)
export class WithdrawAppealHandler implements ICommandHandler<WithdrawAppealCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ viewer, data, commandId }: WithdrawAppealCommand): Promise<AppealOutcome> {
    return this.appeals.onAppeal(viewer, { type: 'WithdrawAppeal', metadata: this.appeals.metadata(viewer, commandId), data });
  }
}
