import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@app/platform/errors/domain-error';
import { PiiVault } from '../pii-vault/pii-vault';
import { EraseMyPersonalDataCommand } from './erase-my-personal-data.command';

/** Refuses without confirmation; otherwise erases, idempotently (repeating it, with any commandId, changes nothing). */
@CommandHandler(EraseMyPersonalDataCommand)
export class EraseMyPersonalDataHandler implements ICommandHandler<EraseMyPersonalDataCommand> {
  constructor(private readonly vault: PiiVault) {}

  async execute({ subjectId, confirm }: EraseMyPersonalDataCommand): Promise<{ erased: boolean }> {
    if (confirm !== true) {
      throw new DomainError('BAD_USER_INPUT', 'Set confirm: true to erase your personal data; it cannot be undone', { field: 'confirm' });
    }
    return this.vault.erase(subjectId);
  }
}
