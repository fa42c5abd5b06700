import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { SubmitFeedbackCommand } from './submit-feedback.command';

@CommandHandler(SubmitFeedbackCommand)
export class SubmitFeedbackHandler implements ICommandHandler<SubmitFeedbackCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ viewer, data, commandId }: SubmitFeedbackCommand): Promise<AppealOutcome> {
    return this.appeals.onAppeal(viewer, { type: 'SubmitFeedback', metadata: this.appeals.metadata(viewer, commandId), data });
  }
}
