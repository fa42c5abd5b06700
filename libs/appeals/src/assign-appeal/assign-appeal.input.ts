import { Field, ID, InputType } from '@nestjs/graphql';
import { AppealRefInput } from '../appeal-commands/appeal-command.types';

@InputType()
export class AssignAppealInput extends AppealRefInput {
  @Field(() => ID) deputyId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}
