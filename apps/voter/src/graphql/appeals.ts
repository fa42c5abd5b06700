import { graphql } from '../gql';

/** An appeal in the voter's list (`…AppealStatusFields` is what the status badge shows). */
export const APPEAL_SUMMARY_FIELDS = graphql(`
  fragment VoterAppealSummary on Appeal {
    id
    ...AppealStatusFields
    subject
    categoryId
    submittedAt
    answerDueAt
  }
`);

export const MY_APPEALS_QUERY = graphql(`
  query MyAppeals($status: AppealStatus, $first: Int, $after: String) {
    myAppeals(status: $status, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      items {
        ...VoterAppealSummary
      }
    }
  }
`);

/** One appeal as its author sees it, with what they may do now (`allowedActions`, decided by the server). */
export const APPEAL_DETAILS_FIELDS = graphql(`
  fragment VoterAppealDetails on Appeal {
    id
    ...AppealStatusFields
    subject
    regionCode
    territoryId
    categoryId
    deputyId
    submittedAt
    answerDueAt
    ...AppealPageFields
  }
`);

export const APPEAL_QUERY = graphql(`
  query Appeal($id: ID!) {
    appeal(id: $id) {
      ...VoterAppealDetails
    }
  }
`);

/** What a command on an appeal returns to the voter's pages. */
export const COMMAND_RESULT_FIELDS = graphql(`
  fragment VoterCommandResult on AppealCommandResult {
    appealId
    status
    answerDueAt
  }
`);

export const SUBMIT_APPEAL = graphql(`
  mutation SubmitAppeal($input: SubmitAppealInput!) {
    submitAppeal(input: $input) {
      ...VoterCommandResult
    }
  }
`);

export const PROVIDE_CLARIFICATION = graphql(`
  mutation ProvideClarification($input: AppealTextInput!) {
    provideClarification(input: $input) {
      ...VoterCommandResult
    }
  }
`);

export const SUBMIT_FEEDBACK = graphql(`
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      ...VoterCommandResult
    }
  }
`);

export const REOPEN_APPEAL = graphql(`
  mutation ReopenAppeal($input: AppealReasonInput!) {
    reopenAppeal(input: $input) {
      ...VoterCommandResult
    }
  }
`);

export const WITHDRAW_APPEAL = graphql(`
  mutation WithdrawAppeal($input: AppealRefInput!) {
    withdrawAppeal(input: $input) {
      ...VoterCommandResult
    }
  }
`);
