import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { DomainError } from '@app/platform/errors/domain-error';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { type Registry, RegistryLookups } from '../appeal-commands/registry-lookups';
import { RecategorizeAppealCommand } from './recategorize-appeal.command';

/** The new category must be one of the registry's. */
@CommandHandler(RecategorizeAppealCommand)
export class RecategorizeAppealHandler implements ICommandHandler<RecategorizeAppealCommand> {
  constructor(
    private readonly appeals: AppealCommandRunner,
    @Inject(RegistryLookups) private readonly registry: Registry,
  ) {}

  async execute({ viewer, data, commandId }: RecategorizeAppealCommand): Promise<AppealOutcome> {
    if (!(await this.registry.category(data.categoryId))) {
      throw new DomainError('BAD_USER_INPUT', `Unknown category "${data.categoryId}"`, { field: 'categoryId' });
    }
    return this.appeals.onAppeal(viewer, { type: 'RecategorizeAppeal', metadata: this.appeals.metadata(viewer, commandId), data });
  }
}
