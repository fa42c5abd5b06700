import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { type Registry, RegistryLookups, staysInRegionOf } from '../appeal-commands/registry-lookups';
import { AssignAppealCommand } from './assign-appeal.command';

/** Assigning checks what only the registry knows: the deputy exists and works in the appeal's region. */
@CommandHandler(AssignAppealCommand)
export class AssignAppealHandler implements ICommandHandler<AssignAppealCommand> {
  constructor(
    private readonly appeals: AppealCommandRunner,
    @Inject(RegistryLookups) private readonly registry: Registry,
  ) {}

  async execute({ viewer, data, commandId }: AssignAppealCommand): Promise<AppealOutcome> {
    const check = await staysInRegionOf(this.registry, data.deputyId, 'deputyId');
    return this.appeals.onAppeal(viewer, { type: 'AssignAppeal', metadata: this.appeals.metadata(viewer, commandId), data }, check);
  }
}
