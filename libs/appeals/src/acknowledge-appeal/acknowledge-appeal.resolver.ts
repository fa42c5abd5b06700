import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { APPEAL_HANDLERS, AppealCommandResult, AppealRefInput, commandResult } from '../appeal-commands/appeal-command.types';
import { AcknowledgeAppealCommand } from './acknowledge-appeal.command';

@Resolver()
export class AcknowledgeAppealResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles(...APPEAL_HANDLERS)
  @Mutation(() => AppealCommandResult)
  async acknowledgeAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealRefInput): Promise<AppealCommandResult> {
    return commandResult(await this.bus.execute(new AcknowledgeAppealCommand(viewer, { appealId: input.appealId }, input.commandId)));
  }
}
