import { Command } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { RecategorizeAppeal } from '../domain';

/** A moderator moves the appeal to another category of the registry. */
export class RecategorizeAppealCommand extends Command<AppealOutcome> {
  constructor(
    readonly viewer: Viewer,
    readonly data: RecategorizeAppeal['data'],
    /** Repeat-safe id: resending it returns the first outcome. */
    readonly commandId?: string,
  ) {
    super();
  }
}
