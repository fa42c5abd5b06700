import { Command } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { ProvideClarification } from '../domain';

/** The author replies to the deputy’s question; the answer clock runs again. */
export class ProvideClarificationCommand extends Command<AppealOutcome> {
  constructor(
    readonly viewer: Viewer,
    readonly data: ProvideClarification['data'],
    /** Repeat-safe id: resending it returns the first outcome. */
    readonly commandId?: string,
  ) {
    super();
  }
}
