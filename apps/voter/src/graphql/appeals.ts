import { gql, type TypedDocumentNode } from '@apollo/client';
import {
  APPEAL_FEEDBACK_FIELDS,
  APPEAL_PHOTO_FIELDS,
  type AppealPhoto,
  type AppealFeedback,
  type AppealStatus,
  type Solved,
  TIMELINE_STEP_FIELDS,
  type TimelineStep,
} from '@app/ui';

export type AppealSummary = Readonly<{
  id: string;
  status: AppealStatus;
  subject: string;
  categoryId: string;
  submittedAt: string;
  answerDueAt: string;
  overdue: boolean;
}>;

export type AppealDetails = AppealSummary &
  Readonly<{
    text: string;
    regionCode: string;
    territoryId: string;
    deputyId: string | null;
    answeredAt: string | null;
    closedAt: string | null;
    extended: boolean;
    extensionReason: string | null;
    answerCount: number;
    timeline: readonly TimelineStep[];
    feedback: readonly AppealFeedback[];
    attachments: readonly AppealPhoto[] | null;
  }>;

export type AppealCommandResult = Readonly<{ appealId: string; status: AppealStatus; answerDueAt: string | null }>;

export type MyAppealsVariables = { status?: AppealStatus | null; first?: number; after?: string | null };

export const MY_APPEALS_QUERY: TypedDocumentNode<
  { myAppeals: { items: AppealSummary[]; totalCount: number; hasNextPage: boolean; endCursor: string | null } },
  MyAppealsVariables
> = gql`
  query MyAppeals($status: AppealStatus, $first: Int, $after: String) {
    myAppeals(status: $status, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      items {
        id
        status
        subject
        categoryId
        submittedAt
        answerDueAt
        overdue
      }
    }
  }
`;

export const APPEAL_QUERY: TypedDocumentNode<{ appeal: AppealDetails }, { id: string }> = gql`
  query Appeal($id: ID!) {
    appeal(id: $id) {
      id
      status
      subject
      text
      regionCode
      territoryId
      categoryId
      deputyId
      submittedAt
      answerDueAt
      answeredAt
      closedAt
      overdue
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

export type SubmitAppealInput = {
  commandId?: string;
  regionCode: string;
  territoryId: string;
  categoryId: string;
  addressedDeputyId?: string | null;
  subject: string;
  text: string;
  /** Ids from POST /attachments. */
  attachmentIds?: string[];
  consent: boolean;
  name?: string | null;
  contact?: string | null;
  postalAddress?: string | null;
};

const RESULT_FIELDS = 'appealId status answerDueAt';

export const SUBMIT_APPEAL: TypedDocumentNode<{ submitAppeal: AppealCommandResult }, { input: SubmitAppealInput }> = gql`
  mutation SubmitAppeal($input: SubmitAppealInput!) {
    submitAppeal(input: $input) { ${RESULT_FIELDS} }
  }
`;

export const PROVIDE_CLARIFICATION: TypedDocumentNode<
  { provideClarification: AppealCommandResult },
  { input: { appealId: string; text: string; commandId?: string } }
> = gql`
  mutation ProvideClarification($input: AppealTextInput!) {
    provideClarification(input: $input) { ${RESULT_FIELDS} }
  }
`;

export type FeedbackInput = {
  appealId: string;
  promptness: number;
  quality: number;
  attentiveness: number;
  solved: Solved;
  comment?: string | null;
  commandId?: string;
};

export const SUBMIT_FEEDBACK: TypedDocumentNode<{ submitFeedback: AppealCommandResult }, { input: FeedbackInput }> = gql`
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) { ${RESULT_FIELDS} }
  }
`;

export const REOPEN_APPEAL: TypedDocumentNode<
  { reopenAppeal: AppealCommandResult },
  { input: { appealId: string; reason: string; commandId?: string } }
> = gql`
  mutation ReopenAppeal($input: AppealReasonInput!) {
    reopenAppeal(input: $input) { ${RESULT_FIELDS} }
  }
`;

export const WITHDRAW_APPEAL: TypedDocumentNode<
  { withdrawAppeal: AppealCommandResult },
  { input: { appealId: string; commandId?: string } }
> = gql`
  mutation WithdrawAppeal($input: AppealRefInput!) {
    withdrawAppeal(input: $input) { ${RESULT_FIELDS} }
  }
`;
