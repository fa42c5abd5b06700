import { Field, InputType, Int } from '@nestjs/graphql';
import { AppealReasonInput } from '../appeal-commands/appeal-command.types';

@InputType()
export class ExtendDeadlineInput extends AppealReasonInput {
  @Field(() => Int, { description: '1–30 days, once per appeal; the reason is shown to the voter' }) days!: number;
}
