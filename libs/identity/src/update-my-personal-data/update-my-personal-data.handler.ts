import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PiiVault } from '../pii-vault/pii-vault';
import { UpdateMyPersonalDataCommand } from './update-my-personal-data.command';

/** The vault validates the fields and encrypts them with the voter's own key; saving the same data again changes nothing visible. */
@CommandHandler(UpdateMyPersonalDataCommand)
export class UpdateMyPersonalDataHandler implements ICommandHandler<UpdateMyPersonalDataCommand> {
  constructor(private readonly vault: PiiVault) {}

  execute({ subjectId, data }: UpdateMyPersonalDataCommand): Promise<void> {
    return this.vault.save(subjectId, data);
  }
}
