import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { CurrentViewer } from '../access/current-viewer.decorator';
import type { Viewer } from '../access/viewer';
import { MyPersonalDataView } from '../personal-data/my-personal-data';
import { MyPersonalData } from '../personal-data/personal-data.types';
import { EraseMyPersonalDataCommand } from './erase-my-personal-data.command';
import { EraseMyPersonalDataInput } from './erase-my-personal-data.input';

@Resolver()
export class EraseMyPersonalDataResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly view: MyPersonalDataView,
  ) {}

  @Roles('VOTER')
  @Mutation(() => MyPersonalData, {
    description:
      'Destroys the key of your personal data. Your appeals stay with the deputy, signed "personal data erased"; ratings do not change.',
  })
  async eraseMyPersonalData(@CurrentViewer() viewer: Viewer, @Args('input') input: EraseMyPersonalDataInput): Promise<MyPersonalData> {
    await this.commands.execute(new EraseMyPersonalDataCommand(viewer.id, input.confirm));
    return this.view.read(viewer);
  }
}
