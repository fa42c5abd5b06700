import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { APPEAL_ACTIONS, type AppealAction, type AppealState } from '../domain';
import { AppealStatusEnum } from './appeal-status.enum';

export const AppealActionKindEnum = Object.fromEntries(APPEAL_ACTIONS.map((action) => [action, action])) as Record<
  AppealAction,
  AppealAction
>;
registerEnumType(AppealActionKindEnum, {
  name: 'AppealActionKind',
  description: 'Something a person can do with an appeal; `Appeal.allowedActions` lists those the viewer may do now',
});

@ObjectType({ description: 'One step of an appeal’s history' })
export class TimelineStep {
  @Field({ description: 'The event, e.g. AppealSubmitted, ClarificationRequested, AppealAnswered' }) type!: string;
  @Field({ description: 'When it happened (ISO 8601)' }) at!: string;
  @Field(() => String, { nullable: true, description: 'A question, reply, answer or feedback comment' }) text!: string | null;
  @Field(() => String, { nullable: true, description: 'Why: extension, forwarding, reopening, rejection, reassignment' }) reason!:
    string | null;
  @Field(() => ID, { nullable: true }) deputyId!: string | null;
  @Field(() => String, { nullable: true, description: 'A due date this step set' }) dueAt!: string | null;
}

@ObjectType()
export class AppealFeedback {
  @Field(() => Int) answerNumber!: number;
  @Field(() => Int) promptness!: number;
  @Field(() => Int) quality!: number;
  @Field(() => Int) attentiveness!: number;
  @Field() solved!: string;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field() submittedAt!: string;
}

@ObjectType({ description: 'Who wrote the appeal: only the author and the handling deputy see it; each deputy read is logged' })
export class AppealAuthor {
  @Field({ description: 'True once the voter erased their personal data' }) erased!: boolean;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) contact!: string | null;
  @Field(() => String, { nullable: true }) postalAddress!: string | null;
}

@ObjectType({ description: 'A photo the voter attached; its bytes are at `url` (GET, bearer token), for those who may see the appeal' })
export class AppealPhoto {
  @Field(() => ID) id!: string;
  @Field({ description: 'Always image/jpeg: the stored copy is re-encoded, without metadata' }) contentType!: string;
  @Field(() => Int) byteSize!: number;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;
  @Field({ description: '/attachments/{id}' }) url!: string;
  @Field({ description: '/attachments/{id}/thumbnail: at most 640 px a side, for lists of photos' }) thumbnailUrl!: string;
}

@ObjectType()
export class PersonalDataPolicy {
  @Field({ description: 'The version a voter consents to with each appeal' }) version!: string;
  @Field({ description: 'Where its text is: a path of the voter portal' }) url!: string;
}

@ObjectType({ description: 'What a new appeal may carry, for the form to state and check before sending' })
export class AppealSubmissionRules {
  @Field(() => PersonalDataPolicy) personalDataPolicy!: PersonalDataPolicy;
  @Field(() => Int) maxPhotos!: number;
  @Field(() => Int, { description: 'Per photo, as uploaded' }) maxPhotoBytes!: number;
  @Field(() => [String]) photoTypes!: string[];
  @Field(() => Int) maxSubjectLength!: number;
  @Field(() => Int) maxTextLength!: number;
}

@ObjectType()
export class Appeal {
  @Field(() => ID) id!: string;
  @Field(() => AppealStatusEnum) status!: string;
  @Field() subject!: string;
  @Field() text!: string;
  @Field() regionCode!: string;
  @Field(() => ID) territoryId!: string;
  @Field(() => ID) categoryId!: string;
  @Field(() => ID, { nullable: true }) deputyId!: string | null;
  @Field() submittedAt!: string;
  @Field({ description: '59-ФЗ answer due date in force' }) answerDueAt!: string;
  @Field(() => String, { nullable: true }) firstResponseDueAt!: string | null;
  @Field(() => String, { nullable: true }) answeredAt!: string | null;
  @Field(() => String, { nullable: true }) closedAt!: string | null;
  @Field() overdue!: boolean;
  @Field() extended!: boolean;
  @Field(() => Int, { nullable: true }) extensionDays!: number | null;
  @Field(() => String, { nullable: true, description: 'Shown to the voter' }) extensionReason!: string | null;
  @Field(() => Int) answerCount!: number;
  @Field(() => Int) reopenCount!: number;
  @Field({ description: 'An answer is still owed (SUBMITTED, ASSIGNED, IN_PROGRESS, AWAITING_CLARIFICATION or REOPENED)' })
  open!: boolean;
  @Field(() => [TimelineStep], { description: 'Only on a single appeal (appeal(id))', nullable: true }) timeline?: TimelineStep[];
  @Field(() => [AppealFeedback], { nullable: true }) feedback?: AppealFeedback[];
  @Field(() => [AppealPhoto], { nullable: true, description: 'Only on a single appeal; empty once the author erased their personal data' })
  attachments?: AppealPhoto[];
  /** For the author field resolver: never exposed. */
  subjectId!: string;
  /** For the allowedActions field resolver, when the history is at hand (appeal(id)): never exposed. */
  state?: AppealState;
}

@ObjectType()
export class AppealConnection {
  @Field(() => [Appeal]) items!: Appeal[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'How many appeals a deputy has, per status; `overdue` counts the open ones past a deadline' })
export class InboxCounters {
  @Field(() => Int) submitted!: number;
  @Field(() => Int) assigned!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) awaitingClarification!: number;
  @Field(() => Int) reopened!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) forwarded!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => Int) withdrawn!: number;
  @Field(() => Int) overdue!: number;
}

@ObjectType({ description: 'Feedback on one of your answers, with the appeal it is about' })
export class ReceivedFeedbackItem extends AppealFeedback {
  @Field(() => ID) appealId!: string;
  @Field() subject!: string;
}

@ObjectType()
export class ReceivedFeedbackList {
  @Field(() => [ReceivedFeedbackItem], { description: 'Newest first' }) items!: ReceivedFeedbackItem[];
  @Field(() => Int, { description: 'All feedback received, not only the items returned' }) totalCount!: number;
}
