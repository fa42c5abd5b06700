import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { APPEAL_HANDLERS, AppealCommandResult, AppealTextInput, commandResult } from '../appeal-commands/appeal-command.types';
import { AnswerAppealCommand } from './answer-appeal.command';

@Resolver()
export class AnswerAppealResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles(...APPEAL_HANDLERS)
  @Mutation(() => AppealCommandResult)
  async answerAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealTextInput): Promise<AppealCommandResult> {
    return commandResult(
      await this.bus.execute(new AnswerAppealCommand(viewer, { appealId: input.appealId, text: input.text }, input.commandId)),
    );
  }
}
