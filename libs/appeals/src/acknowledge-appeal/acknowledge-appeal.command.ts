import { Command } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { AcknowledgeAppeal } from '../domain';

/** The handling deputy (or their assistant) takes the appeal up: the first response. */
export class AcknowledgeAppealCommand extends Command<AppealOutcome> {
  constructor(
    readonly viewer: Viewer,
    readonly data: AcknowledgeAppeal['data'],
    /** Repeat-safe id: resending it returns the first outcome. */
    readonly commandId?: string,
  ) {
    super();
  }
}
