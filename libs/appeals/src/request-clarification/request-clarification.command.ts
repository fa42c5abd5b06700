import { Command } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { RequestClarification } from '../domain';

/** The handling deputy asks the voter a question; the answer clock pauses until they reply. */
export class RequestClarificationCommand extends Command<AppealOutcome> {
  constructor(
    readonly viewer: Viewer,
    readonly data: RequestClarification['data'],
    /** Repeat-safe id: resending it returns the first outcome. */
    readonly commandId?: string,
  ) {
    super();
  }
}
