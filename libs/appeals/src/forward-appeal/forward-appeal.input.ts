import { Field, ID, InputType } from '@nestjs/graphql';
import { AppealReasonInput } from '../appeal-commands/appeal-command.types';

@InputType()
export class ForwardAppealInput extends AppealReasonInput {
  @Field(() => ID, { nullable: true, description: 'Another deputy' }) toDeputyId?: string | null;
  @Field(() => String, { nullable: true, description: 'Or an outside authority, by name' }) toAuthority?: string | null;
}
