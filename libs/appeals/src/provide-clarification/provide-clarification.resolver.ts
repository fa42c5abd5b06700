import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { AppealCommandResult, AppealTextInput, commandResult } from '../appeal-commands/appeal-command.types';
import { ProvideClarificationCommand } from './provide-clarification.command';

@Resolver()
export class ProvideClarificationResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles('VOTER')
  @Mutation(() => AppealCommandResult)
  async provideClarification(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealTextInput): Promise<AppealCommandResult> {
    return commandResult(
      await this.bus.execute(new ProvideClarificationCommand(viewer, { appealId: input.appealId, text: input.text }, input.commandId)),
    );
  }
}
