import { randomUUID } from 'node:crypto';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { adminContext } from '../registry-command-support';
import { SetRoutingRuleCommand } from './set-routing-rule.command';
import { RoutingRuleResult } from './routing-rule-result';
import { SetRoutingRuleInput } from './set-routing-rule.input';

@Resolver()
export class SetRoutingRuleResolver {
  constructor(private readonly commands: CommandBus) {}

  @Roles('ADMIN')
  @Mutation(() => RoutingRuleResult, {
    description: 'Who handles appeals of a territory (and category); the reason is kept in the history',
  })
  setRoutingRule(@CurrentViewer() viewer: Viewer, @Args('input') input: SetRoutingRuleInput): Promise<RoutingRuleResult> {
    const rule = {
      ruleId: randomUUID(),
      regionCode: input.regionCode,
      territoryId: input.territoryId,
      categoryId: input.categoryId ?? null,
      deputyId: input.deputyId ?? null,
      reason: input.reason,
    };
    return this.commands.execute(new SetRoutingRuleCommand(rule, adminContext(viewer, input.commandId)));
  }
}
