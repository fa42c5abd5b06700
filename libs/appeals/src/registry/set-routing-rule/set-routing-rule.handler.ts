import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '@app/platform/nest/tokens';
import { executeCommand } from '@app/platform/event-sourcing/command-executor';
import { DomainError } from '@app/platform/errors/domain-error';
import { type RoutingRule, registryStreams } from '../registry-events';
import { currentDeputy, currentReference } from '../registry-command-support';
import { routingDecider } from '../routing';
import { SetRoutingRuleCommand } from './set-routing-rule.command';

/** Checks the rule's territory, category and deputy against the registry, then records it in its region's routing. */
@CommandHandler(SetRoutingRuleCommand)
export class SetRoutingRuleHandler implements ICommandHandler<SetRoutingRuleCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ rule, context }: SetRoutingRuleCommand): Promise<RoutingRule> {
    const reference = await currentReference(this.store);
    const territory = reference.territories.get(rule.territoryId);
    if (!territory || territory.regionCode !== rule.regionCode) {
      throw new DomainError('BAD_USER_INPUT', `Territory "${rule.territoryId}" is not a territory of region ${rule.regionCode}`, {
        field: 'territoryId',
      });
    }
    if (rule.categoryId !== null && !reference.categories.has(rule.categoryId)) {
      throw new DomainError('BAD_USER_INPUT', `Unknown category "${rule.categoryId}"`, { field: 'categoryId' });
    }
    if (rule.deputyId !== null) {
      const deputy = await currentDeputy(this.store, rule.deputyId);
      if (deputy.status !== 'REGISTERED' || deputy.deputy.regionCode !== rule.regionCode) {
        throw new DomainError('BAD_USER_INPUT', `No deputy "${rule.deputyId}" in region ${rule.regionCode}`, { field: 'deputyId' });
      }
    }
    await executeCommand(this.store, registryStreams.routing(rule.regionCode), routingDecider, { rule }, context);
    return rule;
  }
}
