import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import { type AppealAction, AppealCommandService, type AppealOutcome, type SubmitAppealRequest } from './appeal-command-service';

/** A voter submits an appeal (the CommandBus message behind `submitAppeal`). */
export class SubmitAppealCommand {
  constructor(
    readonly viewer: Viewer,
    readonly request: SubmitAppealRequest,
  ) {}
}

/** Any other appeal command, on an appeal the viewer may see (behind the other mutations). */
export class AppealActionCommand {
  constructor(
    readonly viewer: Viewer,
    readonly action: AppealAction,
  ) {}
}

@CommandHandler(SubmitAppealCommand)
export class SubmitAppealHandler implements ICommandHandler<SubmitAppealCommand, AppealOutcome> {
  constructor(private readonly appeals: AppealCommandService) {}

  execute({ viewer, request }: SubmitAppealCommand): Promise<AppealOutcome> {
    return this.appeals.submit(viewer, request);
  }
}

@CommandHandler(AppealActionCommand)
export class AppealActionHandler implements ICommandHandler<AppealActionCommand, AppealOutcome> {
  constructor(private readonly appeals: AppealCommandService) {}

  execute({ viewer, action }: AppealActionCommand): Promise<AppealOutcome> {
    return this.appeals.act(viewer, action);
  }
}
