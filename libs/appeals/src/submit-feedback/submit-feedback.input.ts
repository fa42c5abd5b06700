import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { AppealRefInput } from '../appeal-commands/appeal-command.types';

export enum SolvedEnum {
  YES = 'YES',
  PARTLY = 'PARTLY',
  NO = 'NO',
}
registerEnumType(SolvedEnum, { name: 'Solved', description: 'Was the problem solved, in the voter’s words' });

@InputType()
export class SubmitFeedbackInput extends AppealRefInput {
  @Field(() => Int, { description: '1–5' }) promptness!: number;
  @Field(() => Int, { description: '1–5' }) quality!: number;
  @Field(() => Int, { description: '1–5' }) attentiveness!: number;
  @Field(() => SolvedEnum) solved!: SolvedEnum;
  @Field(() => String, { nullable: true }) comment?: string | null;
}
