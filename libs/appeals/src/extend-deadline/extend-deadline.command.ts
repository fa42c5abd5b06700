import { Command } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { ExtendDeadline } from '../domain';

/** The handling deputy extends the answer deadline, once per appeal, with a reason the voter sees. */
export class ExtendDeadlineCommand extends Command<AppealOutcome> {
  constructor(
    readonly viewer: Viewer,
    readonly data: ExtendDeadline['data'],
    /** Repeat-safe id: resending it returns the first outcome. */
    readonly commandId?: string,
  ) {
    super();
  }
}
