import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { adminContext } from '../registry-command-support';
import { VerifyDeputyCommand } from './verify-deputy.command';
import { VerifyDeputyInput } from './verify-deputy.input';

@Resolver()
export class VerifyDeputyResolver {
  constructor(private readonly commands: CommandBus) {}

  @Roles('ADMIN')
  @Mutation(() => ID)
  verifyDeputy(@CurrentViewer() viewer: Viewer, @Args('input') input: VerifyDeputyInput): Promise<string> {
    return this.commands.execute(new VerifyDeputyCommand(input.deputyId, adminContext(viewer, input.commandId)));
  }
}
