import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { APPEAL_STATUSES } from '../domain';

export const AppealStatusEnum = Object.fromEntries(APPEAL_STATUSES.map((s) => [s, s])) as Record<string, string>;
registerEnumType(AppealStatusEnum, { name: 'AppealStatus' });

export enum SolvedEnum {
  YES = 'YES',
  PARTLY = 'PARTLY',
  NO = 'NO',
}
registerEnumType(SolvedEnum, { name: 'Solved', description: 'Was the problem solved, in the voter’s words' });

export enum RejectReasonEnum {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  NOT_AN_APPEAL = 'NOT_AN_APPEAL',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(RejectReasonEnum, { name: 'RejectReason' });

@ObjectType({ description: 'What a command did to an appeal' })
export class AppealCommandResult {
  @Field(() => ID) appealId!: string;
  @Field(() => AppealStatusEnum) status!: string;
  @Field(() => ID, { nullable: true, description: 'The handling deputy' }) deputyId!: string | null;
  @Field({ nullable: true, description: '59-ФЗ answer due date in force' }) answerDueAt!: string;
  @Field(() => [String], { description: 'The events recorded (on a repeat: those of the first execution)' }) events!: string[];
  @Field({ description: 'True when this command id had already been handled: nothing new was recorded' }) duplicate!: boolean;
}

@InputType()
export class SubmitAppealInput {
  @Field(() => ID, { nullable: true, description: 'Repeat-safe id: resending it returns the first result' }) commandId?: string;
  @Field() regionCode!: string;
  @Field(() => ID) territoryId!: string;
  @Field(() => ID, { description: 'A subcategory, or a category' }) categoryId!: string;
  @Field({ description: '1–200 characters' }) subject!: string;
  @Field({ description: '1–10,000 characters' }) text!: string;
  @Field(() => ID, { nullable: true, description: 'Write to this deputy of your territory instead of the one routing picks' })
  addressedDeputyId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Photos uploaded with POST /attachments, at most 5 (see appealSubmissionRules)' })
  attachmentIds?: string[] | null;
  @Field({ description: 'Consent to the processing of personal data (152-ФЗ); required' }) consent!: boolean;
  @Field(() => String, { nullable: true, description: 'Kept encrypted outside the appeal history' }) name?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => String, { nullable: true }) postalAddress?: string | null;
}

@InputType()
export class AppealRefInput {
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => ID) appealId!: string;
}

@InputType()
export class AppealTextInput extends AppealRefInput {
  @Field({ description: 'The question, reply or answer text' }) text!: string;
}

@InputType()
export class AppealReasonInput extends AppealRefInput {
  @Field() reason!: string;
}

@InputType()
export class ForwardAppealInput extends AppealReasonInput {
  @Field(() => ID, { nullable: true, description: 'Another deputy' }) toDeputyId?: string | null;
  @Field(() => String, { nullable: true, description: 'Or an outside authority, by name' }) toAuthority?: string | null;
}

@InputType()
export class ExtendDeadlineInput extends AppealReasonInput {
  @Field(() => Int, { description: '1–30 days, once per appeal; the reason is shown to the voter' }) days!: number;
}

@InputType()
export class SubmitFeedbackInput extends AppealRefInput {
  @Field(() => Int, { description: '1–5' }) promptness!: number;
  @Field(() => Int, { description: '1–5' }) quality!: number;
  @Field(() => Int, { description: '1–5' }) attentiveness!: number;
  @Field(() => SolvedEnum) solved!: SolvedEnum;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class AssignAppealInput extends AppealRefInput {
  @Field(() => ID) deputyId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class RecategorizeAppealInput extends AppealRefInput {
  @Field(() => ID) categoryId!: string;
}

@InputType()
export class RejectAppealInput extends AppealRefInput {
  @Field(() => RejectReasonEnum) reason!: RejectReasonEnum;
  @Field(() => String, { nullable: true }) note?: string | null;
}
