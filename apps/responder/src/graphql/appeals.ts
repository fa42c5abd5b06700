import { gql, type TypedDocumentNode } from '@apollo/client';
import {
  APPEAL_FEEDBACK_FIELDS,
  APPEAL_PHOTO_FIELDS,
  type AppealPhoto,
  type AppealFeedback,
  type AppealStatus,
  TIMELINE_STEP_FIELDS,
  type TimelineStep,
} from '@app/ui';

export const REJECT_REASONS = ['SPAM', 'ABUSE', 'NOT_AN_APPEAL', 'DUPLICATE'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export type AppealSummary = Readonly<{
  id: string;
  status: AppealStatus;
  subject: string;
  categoryId: string;
  territoryId: string;
  regionCode: string;
  deputyId: string | null;
  submittedAt: string;
  answerDueAt: string;
  overdue: boolean;
}>;

export type Author = Readonly<{ name: string | null; contact: string | null; postalAddress: string | null; erased: boolean }>;

export type AppealDetails = AppealSummary &
  Readonly<{
    text: string;
    answeredAt: string | null;
    closedAt: string | null;
    extended: boolean;
    extensionReason: string | null;
    answerCount: number;
    timeline: readonly TimelineStep[];
    feedback: readonly AppealFeedback[] | null;
    attachments: readonly AppealPhoto[] | null;
  }>;

export type AppealConnection = Readonly<{ items: AppealSummary[]; totalCount: number; hasNextPage: boolean; endCursor: string | null }>;
export type AppealCommandResult = Readonly<{ appealId: string; status: AppealStatus; answerDueAt: string | null; deputyId: string | null }>;

const SUMMARY_FIELDS = `
  id
  status
  subject
  categoryId
  territoryId
  regionCode
  deputyId
  submittedAt
  answerDueAt
  overdue
`;

export type InboxVariables = {
  status?: AppealStatus | null;
  overdueOnly?: boolean | null;
  categoryId?: string | null;
  territoryId?: string | null;
  first?: number;
  after?: string | null;
};

export const INBOX_QUERY: TypedDocumentNode<{ deputyInbox: AppealConnection }, InboxVariables> = gql`
  query DeputyInbox($status: AppealStatus, $overdueOnly: Boolean, $categoryId: ID, $territoryId: ID, $first: Int, $after: String) {
    deputyInbox(status: $status, overdueOnly: $overdueOnly, categoryId: $categoryId, territoryId: $territoryId, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      items { ${SUMMARY_FIELDS} }
    }
  }
`;

export type InboxCounters = Readonly<{
  submitted: number;
  assigned: number;
  inProgress: number;
  awaitingClarification: number;
  answered: number;
  closed: number;
  forwarded: number;
  reopened: number;
  rejected: number;
  withdrawn: number;
  overdue: number;
}>;

export const INBOX_COUNTERS_QUERY: TypedDocumentNode<{ inboxCounters: InboxCounters }, Record<string, never>> = gql`
  query InboxCounters {
    inboxCounters {
      submitted
      assigned
      inProgress
      awaitingClarification
      answered
      closed
      forwarded
      reopened
      rejected
      withdrawn
      overdue
    }
  }
`;

export type QueueVariables = {
  regionCode?: string | null;
  status?: AppealStatus | null;
  unassignedOnly?: boolean | null;
  overdueOnly?: boolean | null;
  first?: number;
  after?: string | null;
};

export const MODERATION_QUEUE_QUERY: TypedDocumentNode<{ moderationQueue: AppealConnection }, QueueVariables> = gql`
  query ModerationQueue($regionCode: String, $status: AppealStatus, $unassignedOnly: Boolean, $overdueOnly: Boolean, $first: Int, $after: String) {
    moderationQueue(regionCode: $regionCode, status: $status, unassignedOnly: $unassignedOnly, overdueOnly: $overdueOnly, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      items { ${SUMMARY_FIELDS} }
    }
  }
`;

export const APPEAL_QUERY: TypedDocumentNode<{ appeal: AppealDetails }, { id: string }> = gql`
  query ResponderAppeal($id: ID!) {
    appeal(id: $id) {
      ${SUMMARY_FIELDS}
      text
      answeredAt
      closedAt
      extended
      extensionReason
      answerCount
      timeline {
        ...TimelineStepFields
      }
      feedback {
        ...AppealFeedbackFields
      }
      attachments {
        ${APPEAL_PHOTO_FIELDS}
      }
    }
  }
  ${TIMELINE_STEP_FIELDS}
  ${APPEAL_FEEDBACK_FIELDS}
`;

/** Separate from the appeal: reading it is written to the voter's access log, so it is asked for on purpose. */
export const APPEAL_AUTHOR_QUERY: TypedDocumentNode<{ appeal: { id: string; author: Author | null } }, { id: string }> = gql`
  query ResponderAppealAuthor($id: ID!) {
    appeal(id: $id) {
      id
      author {
        name
        contact
        postalAddress
        erased
      }
    }
  }
`;

const RESULT_FIELDS = 'appealId status answerDueAt deputyId';
type WithCommand<T> = T & { commandId?: string };

export const ACKNOWLEDGE_APPEAL: TypedDocumentNode<
  { acknowledgeAppeal: AppealCommandResult },
  { input: WithCommand<{ appealId: string }> }
> = gql`
  mutation AcknowledgeAppeal($input: AppealRefInput!) {
    acknowledgeAppeal(input: $input) { ${RESULT_FIELDS} }
  }
`;

export const REQUEST_CLARIFICATION: TypedDocumentNode<
  { requestClarification: AppealCommandResult },
  { input: WithCommand<{ appealId: string; text: string }> }
> = gql`
  mutation RequestClarification($input: AppealTextInput!) {
    requestClarification(input: $input) { ${RESULT_FIELDS} }
  }
`;

export const ANSWER_APPEAL: TypedDocumentNode<
  { answerAppeal: AppealCommandResult },
  { input: WithCommand<{ appealId: string; text: string }> }
> = gql`
  mutation AnswerAppeal($input: AppealTextInput!) {
    answerAppeal(input: $input) { ${RESULT_FIELDS} }
  }
`;

export const EXTEND_DEADLINE: TypedDocumentNode<
  { extendDeadline: AppealCommandResult },
  { input: WithCommand<{ appealId: string; days: number; reason: string }> }
> = gql`
  mutation ExtendDeadline($input: ExtendDeadlineInput!) {
    extendDeadline(input: $input) { ${RESULT_FIELDS} }
  }
`;

export type ForwardInput = WithCommand<{ appealId: string; reason: string; toDeputyId?: string | null; toAuthority?: string | null }>;
export const FORWARD_APPEAL: TypedDocumentNode<{ forwardAppeal: AppealCommandResult }, { input: ForwardInput }> = gql`
  mutation ForwardAppeal($input: ForwardAppealInput!) {
    forwardAppeal(input: $input) { ${RESULT_FIELDS} }
  }
`;

export const REJECT_APPEAL: TypedDocumentNode<
  { rejectAppeal: AppealCommandResult },
  { input: WithCommand<{ appealId: string; reason: RejectReason; note?: string | null }> }
> = gql`
  mutation RejectAppeal($input: RejectAppealInput!) {
    rejectAppeal(input: $input) { ${RESULT_FIELDS} }
  }
`;

export const ASSIGN_APPEAL: TypedDocumentNode<
  { assignAppeal: AppealCommandResult },
  { input: WithCommand<{ appealId: string; deputyId: string; reason?: string | null }> }
> = gql`
  mutation AssignAppeal($input: AssignAppealInput!) {
    assignAppeal(input: $input) { ${RESULT_FIELDS} }
  }
`;

export const RECATEGORIZE_APPEAL: TypedDocumentNode<
  { recategorizeAppeal: AppealCommandResult },
  { input: WithCommand<{ appealId: string; categoryId: string }> }
> = gql`
  mutation RecategorizeAppeal($input: RecategorizeAppealInput!) {
    recategorizeAppeal(input: $input) { ${RESULT_FIELDS} }
  }
`;
