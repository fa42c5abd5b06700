import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/platform/event-sourcing/command-executor';
import type { RoutingRule } from '../registry-events';

/** An admin says who handles appeals of a territory and category (`setRoutingRule`); the result is the rule. */
export class SetRoutingRuleCommand extends Command<RoutingRule> {
  constructor(
    readonly rule: RoutingRule,
    readonly context: CommandContext,
  ) {
    super();
  }
}
