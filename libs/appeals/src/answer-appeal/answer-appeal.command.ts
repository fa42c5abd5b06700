import { Command } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { AnswerAppeal } from '../domain';

/** The handling deputy (or their assistant) answers the appeal. */
export class AnswerAppealCommand extends Command<AppealOutcome> {
  constructor(
    readonly viewer: Viewer,
    readonly data: AnswerAppeal['data'],
    /** Repeat-safe id: resending it returns the first outcome. */
    readonly commandId?: string,
  ) {
    super();
  }
}
