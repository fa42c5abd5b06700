import { Command } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { ReopenAppeal } from '../domain';

/** The author disputes the answer, within 30 days of it. */
export class ReopenAppealCommand extends Command<AppealOutcome> {
  constructor(
    readonly viewer: Viewer,
    readonly data: ReopenAppeal['data'],
    /** Repeat-safe id: resending it returns the first outcome. */
    readonly commandId?: string,
  ) {
    super();
  }
}
