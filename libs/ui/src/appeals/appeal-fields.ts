import { gql, type TypedDocumentNode } from '@apollo/client';

export const APPEAL_STATUSES = [
  'SUBMITTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'AWAITING_CLARIFICATION',
  'ANSWERED',
  'CLOSED',
  'FORWARDED',
  'REOPENED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export type Solved = 'YES' | 'PARTLY' | 'NO';

/** One step of an appeal's history, as `appeal(id).timeline` gives it to everyone who may read the appeal. */
export type TimelineStep = Readonly<{
  type: string;
  at: string;
  text: string | null;
  reason: string | null;
  deputyId: string | null;
  dueAt: string | null;
}>;

/** The voter's rating of one answer. */
export type AppealFeedback = Readonly<{
  answerNumber: number;
  promptness: number;
  quality: number;
  attentiveness: number;
  solved: Solved;
  comment: string | null;
  submittedAt: string;
}>;

/** Spread as `timeline { ...TimelineStepFields }`, with this document after the query. */
export const TIMELINE_STEP_FIELDS: TypedDocumentNode<TimelineStep> = gql`
  fragment TimelineStepFields on TimelineStep {
    type
    at
    text
    reason
    deputyId
    dueAt
  }
`;

/** Spread as `feedback { ...AppealFeedbackFields }`, with this document after the query. */
export const APPEAL_FEEDBACK_FIELDS: TypedDocumentNode<AppealFeedback> = gql`
  fragment AppealFeedbackFields on AppealFeedback {
    answerNumber
    promptness
    quality
    attentiveness
    solved
    comment
    submittedAt
  }
`;
