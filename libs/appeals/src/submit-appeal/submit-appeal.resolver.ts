import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { AppealCommandResult, commandResult } from '../appeal-commands/appeal-command.types';
import { SubmitAppealCommand } from './submit-appeal.command';
import { SubmitAppealInput } from './submit-appeal.input';

@Resolver()
export class SubmitAppealResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles('VOTER')
  @Mutation(() => AppealCommandResult, { description: 'Send an appeal; it is routed to a deputy of the territory' })
  async submitAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitAppealInput): Promise<AppealCommandResult> {
    return commandResult(await this.bus.execute(new SubmitAppealCommand(viewer, input)));
  }
}
