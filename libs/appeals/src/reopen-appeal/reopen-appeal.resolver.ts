import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { AppealCommandResult, AppealReasonInput, commandResult } from '../appeal-commands/appeal-command.types';
import { ReopenAppealCommand } from './reopen-appeal.command';

@Resolver()
export class ReopenAppealResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles('VOTER')
  @Mutation(() => AppealCommandResult, { description: 'Dispute the answer within 30 days of it' })
  async reopenAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealReasonInput): Promise<AppealCommandResult> {
    return commandResult(
      await this.bus.execute(new ReopenAppealCommand(viewer, { appealId: input.appealId, reason: input.reason }, input.commandId)),
    );
  }
}
