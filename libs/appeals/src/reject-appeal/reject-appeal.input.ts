import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { AppealRefInput } from '../appeal-commands/appeal-command.types';

export enum RejectReasonEnum {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  NOT_AN_APPEAL = 'NOT_AN_APPEAL',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(RejectReasonEnum, { name: 'RejectReason' });

@InputType()
export class RejectAppealInput extends AppealRefInput {
  @Field(() => RejectReasonEnum) reason!: RejectReasonEnum;
  @Field(() => String, { nullable: true }) note?: string | null;
}
