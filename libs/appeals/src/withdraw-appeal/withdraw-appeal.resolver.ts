import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { AppealCommandResult, AppealRefInput, commandResult } from '../appeal-commands/appeal-command.types';
import { WithdrawAppealCommand } from './withdraw-appeal.command';

@Resolver()
export class WithdrawAppealResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles('VOTER')
  @Mutation(() => AppealCommandResult)
  async withdrawAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealRefInput): Promise<AppealCommandResult> {
    return commandResult(await this.bus.execute(new WithdrawAppealCommand(viewer, { appealId: input.appealId }, input.commandId)));
  }
}
