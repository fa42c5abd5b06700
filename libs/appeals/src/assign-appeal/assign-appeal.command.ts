import { Command } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { AssignAppeal } from '../domain';

/** A moderator assigns the appeal to a deputy of its region. */
export class AssignAppealCommand extends Command<AppealOutcome> {
  constructor(
    readonly viewer: Viewer,
    readonly data: AssignAppeal['data'],
    /** Repeat-safe id: resending it returns the first outcome. */
    readonly commandId?: string,
  ) {
    super();
  }
}
