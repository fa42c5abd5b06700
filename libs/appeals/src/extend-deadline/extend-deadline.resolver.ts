import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { APPEAL_HANDLERS, AppealCommandResult, commandResult } from '../appeal-commands/appeal-command.types';
import { ExtendDeadlineInput } from './extend-deadline.input';
import { ExtendDeadlineCommand } from './extend-deadline.command';

@Resolver()
export class ExtendDeadlineResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles(...APPEAL_HANDLERS)
  @Mutation(() => AppealCommandResult, { description: 'Once per appeal, up to 30 days; the reason is shown to the voter' })
  async extendDeadline(@CurrentViewer() viewer: Viewer, @Args('input') input: ExtendDeadlineInput): Promise<AppealCommandResult> {
    return commandResult(
      await this.bus.execute(
        new ExtendDeadlineCommand(viewer, { appealId: input.appealId, days: input.days, reason: input.reason }, input.commandId),
      ),
    );
  }
}
