import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class DefineTerritoryInput {
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => ID, { description: '<region code>-<latin name>, e.g. "66-sysert"; an existing id changes that territory' }) id!: string;
  @Field() regionCode!: string;
  @Field() nameRu!: string;
  @Field() nameEn!: string;
  @Field({ description: 'MUNICIPALITY or ADMINISTRATIVE_OKRUG' }) kind!: string;
  @Field(() => Int) populationApprox!: number;
}
