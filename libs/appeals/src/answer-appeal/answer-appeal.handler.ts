import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { AnswerAppealCommand } from './answer-appeal.command';

@CommandHandler(AnswerAppealCommand)
export class AnswerAppealHandler implements ICommandHandler<AnswerAppealCommand> {
  constructor(private readonly appeals: AppealCommandRunner) {}

  execute({ viewer, data, commandId }: AnswerAppealCommand): Promise<AppealOutcome> {
    return this.appeals.onAppeal(viewer, { type: 'AnswerAppeal', metadata: this.appeals.metadata(viewer, commandId), data });
  }
}
