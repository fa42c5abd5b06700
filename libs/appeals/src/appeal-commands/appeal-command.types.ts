import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { DomainError } from '@app/platform/errors/domain-error';
import { AppealStatusEnum } from '../appeals-api/appeal-status.enum';
import type { AppealOutcome } from './appeal-command-runner';

/** The roles that handle appeals: the deputy and the assistant acting for them. */
export const APPEAL_HANDLERS = ['DEPUTY', 'ASSISTANT'] as const;

@ObjectType({ description: 'What a command did to an appeal' })
export class AppealCommandResult {
  @Field(() => ID) appealId!: string;
  @Field(() => AppealStatusEnum) status!: string;
  @Field(() => ID, { nullable: true, description: 'The handling deputy' }) deputyId!: string | null;
  @Field({ nullable: true, description: '59-ФЗ answer due date in force' }) answerDueAt!: string;
  @Field(() => [String], { description: 'The events recorded (on a repeat: those of the first execution)' }) events!: string[];
  @Field({ description: 'True when this command id had already been handled: nothing new was recorded' }) duplicate!: boolean;
}

/** The appeal a mutation is about, and its repeat-safe id (several mutations take nothing more). */
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

/** The mutation's answer: the appeal's state after the command and the events it recorded. */
export function commandResult(outcome: AppealOutcome): AppealCommandResult {
  const state = outcome.state;
  if (state.status === 'NOT_SUBMITTED') throw new DomainError('NOT_FOUND', `No appeal ${outcome.appealId}`);
  return {
    appealId: outcome.appealId,
    status: state.status,
    deputyId: state.deputyId,
    answerDueAt: state.answerDueAt,
    events: outcome.events.map((event) => event.type),
    duplicate: outcome.duplicate,
  };
}
