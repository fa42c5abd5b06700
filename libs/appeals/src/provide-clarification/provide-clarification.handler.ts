import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { ProvideClarificationCommand } from './provide-clarification.command';

@CommandHandler(ProvideClarificationCommand)
export class ProvideClarificationHandler implements ICommandHandler<ProvideClarificationCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ viewer, data, commandId }: ProvideClarificationCommand): Promise<AppealOutcome> {
    return this.appeals.onAppeal(viewer, { type: 'ProvideClarification', metadata: this.appeals.metadata(viewer, commandId), data });
  }
}
