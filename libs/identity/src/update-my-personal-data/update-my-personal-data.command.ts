import { Command } from '@nestjs/cqrs';
import type { PersonalDataInput } from '../pii-vault/pii-vault';

/** A voter stores or replaces their name, contact and address (refused once erased). */
export class UpdateMyPersonalDataCommand extends Command<void> {
  constructor(
    /** The voter: their personal data subject id. */
    readonly subjectId: string,
    readonly data: PersonalDataInput,
  ) {
    super();
  }
}
