import { Field, ID, InputType } from '@nestjs/graphql';
import { AppealRefInput } from '../appeal-commands/appeal-command.types';

@InputType()
export class RecategorizeAppealInput extends AppealRefInput {
  @Field(() => ID) categoryId!: string;
}
