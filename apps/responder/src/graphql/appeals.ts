import { graphql } from '../gql';

/** An appeal in the inbox and the moderation queue (`…AppealStatusFields` is what the status badge shows). */
export const APPEAL_SUMMARY_FIELDS = graphql(`
  fragment ResponderAppealSummary on Appeal {
    id
    ...AppealStatusFields
    subject
    categoryId
    territoryId
    regionCode
    deputyId
    submittedAt
    answerDueAt
  }
`);

export const INBOX_QUERY = graphql(`
  query DeputyInbox($status: AppealStatus, $overdueOnly: Boolean, $categoryId: ID, $territoryId: ID, $first: Int, $after: String) {
    deputyInbox(
      status: $status
      overdueOnly: $overdueOnly
      categoryId: $categoryId
      territoryId: $territoryId
      first: $first
      after: $after
    ) {
      totalCount
      hasNextPage
      endCursor
      items {
        ...ResponderAppealSummary
      }
    }
  }
`);

export const INBOX_COUNTERS_QUERY = graphql(`
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
`);

export const MODERATION_QUEUE_QUERY = graphql(`
  query ModerationQueue(
    $regionCode: String
    $status: AppealStatus
    $unassignedOnly: Boolean
    $overdueOnly: Boolean
    $first: Int
    $after: String
  ) {
    moderationQueue(
      regionCode: $regionCode
      status: $status
      unassignedOnly: $unassignedOnly
      overdueOnly: $overdueOnly
      first: $first
      after: $after
    ) {
      totalCount
      hasNextPage
      endCursor
      items {
        ...ResponderAppealSummary
      }
    }
  }
`);

/** One appeal as the deputy's office or a moderator sees it, with what they may do now (decided by the server). */
export const APPEAL_DETAILS_FIELDS = graphql(`
  fragment ResponderAppealDetails on Appeal {
    ...ResponderAppealSummary
    ...AppealPageFields
  }
`);

export const APPEAL_QUERY = graphql(`
  query ResponderAppeal($id: ID!) {
    appeal(id: $id) {
      ...ResponderAppealDetails
    }
  }
`);

/** Separate from the appeal: reading it is written to the voter's access log, so it is asked for on purpose. */
export const APPEAL_AUTHOR_QUERY = graphql(`
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
`);

/** What a command on an appeal returns to the responder's pages. */
export const COMMAND_RESULT_FIELDS = graphql(`
  fragment ResponderCommandResult on AppealCommandResult {
    appealId
    status
    answerDueAt
    deputyId
  }
`);

export const ACKNOWLEDGE_APPEAL = graphql(`
  mutation AcknowledgeAppeal($input: AppealRefInput!) {
    acknowledgeAppeal(input: $input) {
      ...ResponderCommandResult
    }
  }
`);

export const REQUEST_CLARIFICATION = graphql(`
  mutation RequestClarification($input: AppealTextInput!) {
    requestClarification(input: $input) {
      ...ResponderCommandResult
    }
  }
`);

export const ANSWER_APPEAL = graphql(`
  mutation AnswerAppeal($input: AppealTextInput!) {
    answerAppeal(input: $input) {
      ...ResponderCommandResult
    }
  }
`);

export const EXTEND_DEADLINE = graphql(`
  mutation ExtendDeadline($input: ExtendDeadlineInput!) {
    extendDeadline(input: $input) {
      ...ResponderCommandResult
    }
  }
`);

export const FORWARD_APPEAL = graphql(`
  mutation ForwardAppeal($input: ForwardAppealInput!) {
    forwardAppeal(input: $input) {
      ...ResponderCommandResult
    }
  }
`);

export const REJECT_APPEAL = graphql(`
  mutation RejectAppeal($input: RejectAppealInput!) {
    rejectAppeal(input: $input) {
      ...ResponderCommandResult
    }
  }
`);

export const ASSIGN_APPEAL = graphql(`
  mutation AssignAppeal($input: AssignAppealInput!) {
    assignAppeal(input: $input) {
      ...ResponderCommandResult
    }
  }
`);

export const RECATEGORIZE_APPEAL = graphql(`
  mutation RecategorizeAppeal($input: RecategorizeAppealInput!) {
    recategorizeAppeal(input: $input) {
      ...ResponderCommandResult
    }
  }
`);
