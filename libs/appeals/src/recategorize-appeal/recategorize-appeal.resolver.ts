import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { AppealCommandResult, commandResult } from '../appeal-commands/appeal-command.types';
import { RecategorizeAppealInput } from './recategorize-appeal.input';
import { RecategorizeAppealCommand } from './recategorize-appeal.command';

@Resolver()
export class RecategorizeAppealResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles('MODERATOR')
  @Mutation(() => AppealCommandResult)
  async recategorizeAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: RecategorizeAppealInput): Promise<AppealCommandResult> {
    return commandResult(
      await this.bus.execute(
        new RecategorizeAppealCommand(viewer, { appealId: input.appealId, categoryId: input.categoryId }, input.commandId),
      ),
    );
  }
}
