import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { RequestClarificationCommand } from './request-clarification.command';

@CommandHandler(RequestClarificationCommand)
export class RequestClarificationHandler implements ICommandHandler<RequestClarificationCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ viewer, data, commandId }: RequestClarificationCommand): Promise<AppealOutcome> {
    return this.appeals.onAppeal(viewer, { type: 'RequestClarification', metadata: this.appeals.metadata(viewer, commandId), data });
  }
}
