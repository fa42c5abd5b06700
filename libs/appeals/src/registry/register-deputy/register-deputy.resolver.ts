import { randomUUID } from 'node:crypto';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { adminContext } from '../registry-command-support';
import { RegisterDeputyCommand } from './register-deputy.command';
import { RegisterDeputyInput } from './register-deputy.input';

@Resolver()
export class RegisterDeputyResolver {
  constructor(private readonly commands: CommandBus) {}

  @Roles('ADMIN')
  @Mutation(() => ID, { description: 'Registers a deputy; returns their id' })
  registerDeputy(@CurrentViewer() viewer: Viewer, @Args('input') input: RegisterDeputyInput): Promise<string> {
    const deputy = {
      deputyId: input.deputyId ?? randomUUID(),
      fullName: input.fullName.trim(),
      level: input.level,
      regionCode: input.regionCode,
      district: input.district ?? null,
      territoryIds: input.territoryIds,
    };
    return this.commands.execute(new RegisterDeputyCommand(deputy, adminContext(viewer, input.commandId)));
  }
}
