import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { AppealCommandResult, commandResult } from '../appeal-commands/appeal-command.types';
import { SubmitFeedbackInput } from './submit-feedback.input';
import { SubmitFeedbackCommand } from './submit-feedback.command';

@Resolver()
export class SubmitFeedbackResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles('VOTER')
  @Mutation(() => AppealCommandResult, { description: 'Rate the answer: once per answer, by the author; closes the appeal' })
  async submitFeedback(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitFeedbackInput): Promise<AppealCommandResult> {
    return commandResult(
      await this.bus.execute(
        new SubmitFeedbackCommand(
          viewer,
          {
            appealId: input.appealId,
            promptness: input.promptness,
            quality: input.quality,
            attentiveness: input.attentiveness,
            solved: input.solved,
            comment: input.comment ?? null,
          },
          input.commandId,
        ),
      ),
    );
  }
}
