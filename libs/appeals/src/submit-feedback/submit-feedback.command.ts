import { Command } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { SubmitFeedback } from '../domain';

/** The author rates the answer: once per answer; closes the appeal. */
export class SubmitFeedbackCommand extends Command<AppealOutcome> {
  constructor(
    readonly viewer: Viewer,
    readonly data: SubmitFeedback['data'],
    /** Repeat-safe id: resending it returns the first outcome. */
    readonly commandId?: string,
  ) {
    super();
  }
}
