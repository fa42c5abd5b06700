import { Field, ID, InputType } from '@nestjs/graphql';
import { DeputyLevelEnum } from '../registry.types';

@InputType()
export class RegisterDeputyInput {
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to a new id' }) deputyId?: string;
  @Field() fullName!: string;
  @Field(() => DeputyLevelEnum) level!: DeputyLevelEnum;
  @Field() regionCode!: string;
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => [ID]) territoryIds!: string[];
}
