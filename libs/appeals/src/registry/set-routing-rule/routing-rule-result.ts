import { Field, ID, ObjectType } from '@nestjs/graphql';

/** What `setRoutingRule` answers: the rule as recorded, with its new id. */
@ObjectType()
export class RoutingRuleResult {
  @Field(() => ID) ruleId!: string;
  @Field(() => ID) territoryId!: string;
  @Field(() => ID, { nullable: true }) categoryId!: string | null;
  @Field(() => ID, { nullable: true }) deputyId!: string | null;
}
