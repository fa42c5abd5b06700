import { Command } from '@nestjs/cqrs';

/**
 * A voter erases their personal data (152-ФЗ): the vault destroys the subject's key. `erased` says whether this
 * command destroyed it (false on a repeat). Their appeals stay, signed "personal data erased"; ratings do not change.
 */
export class EraseMyPersonalDataCommand extends Command<{ erased: boolean }> {
  constructor(
    /** The voter: their personal data subject id. */
    readonly subjectId: string,
    /** Must be true: erasure cannot be undone. */
    readonly confirm: boolean,
  ) {
    super();
  }
}
