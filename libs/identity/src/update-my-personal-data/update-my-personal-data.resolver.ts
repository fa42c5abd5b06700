import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { CurrentViewer } from '../access/current-viewer.decorator';
import type { Viewer } from '../access/viewer';
import { MyPersonalDataView } from '../personal-data/my-personal-data';
import { MyPersonalData } from '../personal-data/personal-data.types';
import { UpdateMyPersonalDataCommand } from './update-my-personal-data.command';
import { UpdateMyPersonalDataInput } from './update-my-personal-data.input';

@Resolver()
export class UpdateMyPersonalDataResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly view: MyPersonalDataView,
  ) {}

  @Roles('VOTER')
  @Mutation(() => MyPersonalData)
  async updateMyPersonalData(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMyPersonalDataInput): Promise<MyPersonalData> {
    const data = { name: input.name, contact: input.contact ?? null, postalAddress: input.postalAddress ?? null };
    await this.commands.execute(new UpdateMyPersonalDataCommand(viewer.id, data));
    return this.view.read(viewer);
  }
}
