import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { APPEAL_HANDLERS, AppealCommandResult, commandResult } from '../appeal-commands/appeal-command.types';
import { RejectAppealInput } from './reject-appeal.input';
import { RejectAppealCommand } from './reject-appeal.command';

@Resolver()
export class RejectAppealResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles('MODERATOR', ...APPEAL_HANDLERS)
  @Mutation(() => AppealCommandResult, { description: 'Spam, abuse, not an appeal, or a duplicate; the text is kept' })
  async rejectAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: RejectAppealInput): Promise<AppealCommandResult> {
    return commandResult(
      await this.bus.execute(
        new RejectAppealCommand(viewer, { appealId: input.appealId, reason: input.reason, note: input.note ?? null }, input.commandId),
      ),
    );
  }
}
