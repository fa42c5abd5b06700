import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { APPEAL_HANDLERS, AppealCommandResult, AppealTextInput, commandResult } from '../appeal-commands/appeal-command.types';
import { RequestClarificationCommand } from './request-clarification.command';

@Resolver()
export class RequestClarificationResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles(...APPEAL_HANDLERS)
  @Mutation(() => AppealCommandResult, { description: 'Ask the voter a question; the answer clock pauses until they reply' })
  async requestClarification(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealTextInput): Promise<AppealCommandResult> {
    return commandResult(
      await this.bus.execute(new RequestClarificationCommand(viewer, { appealId: input.appealId, question: input.text }, input.commandId)),
    );
  }
}
