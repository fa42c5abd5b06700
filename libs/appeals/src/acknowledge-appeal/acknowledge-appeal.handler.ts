import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { AcknowledgeAppealCommand } from './acknowledge-appeal.command';

@CommandHandler(AcknowledgeAppealCommand)
export class AcknowledgeAppealHandler implements ICommandHandler<AcknowledgeAppealCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ viewer, data, commandId }: AcknowledgeAppealCommand): Promise<AppealOutcome> {
    return this.appeals.onAppeal(viewer, { type: 'AcknowledgeAppeal', metadata: this.appeals.metadata(viewer, commandId), data });
  }
}
