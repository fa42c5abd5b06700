import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class SetRoutingRuleInput {
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field() regionCode!: string;
  @Field(() => ID) territoryId!: string;
  @Field(() => ID, { nullable: true, description: 'A category or subcategory; empty: any category' }) categoryId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Empty: remove the rule' }) deputyId?: string | null;
  @Field() reason!: string;
}
