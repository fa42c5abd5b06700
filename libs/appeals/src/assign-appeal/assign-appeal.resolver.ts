import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { AppealCommandResult, commandResult } from '../appeal-commands/appeal-command.types';
import { AssignAppealInput } from './assign-appeal.input';
import { AssignAppealCommand } from './assign-appeal.command';

@Resolver()
export class AssignAppealResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles('MODERATOR')
  @Mutation(() => AppealCommandResult)
  async assignAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignAppealInput): Promise<AppealCommandResult> {
    return commandResult(
      await this.bus.execute(
        new AssignAppealCommand(
          viewer,
          { appealId: input.appealId, deputyId: input.deputyId, reason: input.reason ?? null },
          input.commandId,
        ),
      ),
    );
  }
}
