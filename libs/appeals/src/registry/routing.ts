import type { Decider } from '@app/platform/event-sourcing/decider';
import { DomainError } from '@app/platform/errors/domain-error';
import type { RegistryEvent, RoutingRule } from './registry-events';

type RoutingEvent = Extract<RegistryEvent, { type: 'RoutingRuleChanged' }>;

/** The routing rules of one region, by `territory|category` (category `*` = any). */
export type RoutingState = Readonly<{ rules: ReadonlyMap<string, RoutingRule> }>;

export type SetRoutingRule = Readonly<{ rule: RoutingRule }>;

const key = (territoryId: string, categoryId: string | null): string => `${territoryId}|${categoryId ?? '*'}`;

/**
 * Territory × category rules of a region. Every change is an event carrying a rule id and a reason, so
 * the assignment of any appeal can later be explained by the rule in force when it was routed.
 */
export const routingDecider: Decider<SetRoutingRule, RoutingEvent, RoutingState> = {
  initialState: { rules: new Map() },

  decide({ rule }, state) {
    if (!rule.reason.trim()) throw new DomainError('BAD_USER_INPUT', 'Say why the routing changes (reason)', { field: 'reason' });
    const current = state.rules.get(key(rule.territoryId, rule.categoryId));
    if ((current?.deputyId ?? null) === rule.deputyId) return [];
    return [{ type: 'RoutingRuleChanged', data: rule }];
  },

  evolve(state, event) {
    const rules = new Map(state.rules);
    const k = key(event.data.territoryId, event.data.categoryId);
    if (event.data.deputyId === null) rules.delete(k);
    else rules.set(k, event.data);
    return { rules };
  },
};

export type RouteDecision = Readonly<{ deputyId: string; ruleId: string; categorySpecific: boolean }>;

/**
 * The deputy for an appeal: the rule for its territory and category, else the territory's rule for any
 * category, else nobody (the appeal waits for a moderator).
 */
export function route(
  rules: Iterable<RoutingRule>,
  territoryId: string,
  categoryId: string,
  parentCategoryId: string | null,
): RouteDecision | null {
  const byKey = new Map([...rules].map((rule) => [key(rule.territoryId, rule.categoryId), rule]));
  for (const candidate of new Set([categoryId, parentCategoryId, null])) {
    const rule = byKey.get(key(territoryId, candidate));
    if (rule?.deputyId) return { deputyId: rule.deputyId, ruleId: rule.ruleId, categorySpecific: candidate !== null };
  }
  return null;
}
