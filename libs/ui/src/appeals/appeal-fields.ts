import { graphql } from '../gql';
import type { AppealStatus } from '../gql/graphql';

/**
 * The fragments of an appeal that libs/ui's components show; the apps spread them in their own documents
 * (codegen.ts gives each app these definitions), and a component's props are the fragment's generated type.
 */

/** What AppealStatusBadge shows: spread as `...AppealStatusFields` in an appeal. */
export const APPEAL_STATUS_FIELDS = graphql(`
  fragment AppealStatusFields on Appeal {
    status
    overdue
  }
`);

/** One step of an appeal's history, as `appeal(id).timeline` gives it to everyone who may read the appeal. */
export const TIMELINE_STEP_FIELDS = graphql(`
  fragment TimelineStepFields on TimelineStep {
    type
    at
    text
    reason
    deputyId
    dueAt
  }
`);

/** The voter's rating of one answer: spread as `feedback { ...AppealFeedbackFields }`. */
export const APPEAL_FEEDBACK_FIELDS = graphql(`
  fragment AppealFeedbackFields on AppealFeedback {
    answerNumber
    promptness
    quality
    attentiveness
    solved
    comment
    submittedAt
  }
`);

/** A photo attached to an appeal, for AppealPhotos: spread as `attachments { ...AppealPhotoFields }`. */
export const APPEAL_PHOTO_FIELDS = graphql(`
  fragment AppealPhotoFields on AppealPhoto {
    id
    url
    thumbnailUrl
    width
    height
  }
`);

/**
 * What both appeal pages show of one appeal, besides who and where: the text and photos, the dates, the history and the
 * feedback, whether an answer is still owed (`open`) and what the viewer may do now (`allowedActions`, see allowedForms).
 */
export const APPEAL_PAGE_FIELDS = graphql(`
  fragment AppealPageFields on Appeal {
    open
    allowedActions
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
      ...AppealPhotoFields
    }
  }
`);

// The statuses in the order of an appeal's life (the schema sorts them by name), for the filters. A Record, so a
// status the schema adds or drops does not compile until it is placed here.
const LIFECYCLE_ORDER: Readonly<Record<AppealStatus, number>> = {
  SUBMITTED: 0,
  ASSIGNED: 1,
  IN_PROGRESS: 2,
  AWAITING_CLARIFICATION: 3,
  ANSWERED: 4,
  CLOSED: 5,
  FORWARDED: 6,
  REOPENED: 7,
  REJECTED: 8,
  WITHDRAWN: 9,
};
export const APPEAL_STATUSES: readonly AppealStatus[] = (Object.keys(LIFECYCLE_ORDER) as AppealStatus[]).sort(
  (a, b) => LIFECYCLE_ORDER[a] - LIFECYCLE_ORDER[b],
);
