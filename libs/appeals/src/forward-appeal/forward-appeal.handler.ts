import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { type Registry, RegistryLookups, staysInRegionOf } from '../appeal-commands/registry-lookups';
import { ForwardAppealCommand } from './forward-appeal.command';

/** Forwarding to another deputy checks what only the registry knows: that deputy exists and works in the appeal's region. */
@CommandHandler(ForwardAppealCommand)
export class ForwardAppealHandler implements ICommandHandler<ForwardAppealCommand> {
  constructor(
    private readonly appeals: AppealCommandRunner,
    @Inject(RegistryLookups) private readonly registry: Registry,
  ) {}

  async execute({ viewer, data, commandId }: ForwardAppealCommand): Promise<AppealOutcome> {
    const check = data.to.kind === 'DEPUTY' ? await staysInRegionOf(this.registry, data.to.deputyId, 'toDeputyId') : undefined;
    return this.appeals.onAppeal(viewer, { type: 'ForwardAppeal', metadata: this.appeals.metadata(viewer, commandId), data }, check);
  }
}
