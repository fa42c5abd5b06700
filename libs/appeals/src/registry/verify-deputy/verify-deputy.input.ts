import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class VerifyDeputyInput {
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => ID) deputyId!: string;
}
