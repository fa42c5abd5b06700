/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ResponderAppealSummary on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    categoryId\n    territoryId\n    regionCode\n    deputyId\n    submittedAt\n    answerDueAt\n  }\n": typeof types.ResponderAppealSummaryFragmentDoc,
    "\n  query DeputyInbox($status: AppealStatus, $overdueOnly: Boolean, $categoryId: ID, $territoryId: ID, $first: Int, $after: String) {\n    deputyInbox(\n      status: $status\n      overdueOnly: $overdueOnly\n      categoryId: $categoryId\n      territoryId: $territoryId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...ResponderAppealSummary\n      }\n    }\n  }\n": typeof types.DeputyInboxDocument,
    "\n  query InboxCounters {\n    inboxCounters {\n      submitted\n      assigned\n      inProgress\n      awaitingClarification\n      answered\n      closed\n      forwarded\n      reopened\n      rejected\n      withdrawn\n      overdue\n    }\n  }\n": typeof types.InboxCountersDocument,
    "\n  query ModerationQueue(\n    $regionCode: String\n    $status: AppealStatus\n    $unassignedOnly: Boolean\n    $overdueOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    moderationQueue(\n      regionCode: $regionCode\n      status: $status\n      unassignedOnly: $unassignedOnly\n      overdueOnly: $overdueOnly\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...ResponderAppealSummary\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  fragment ResponderAppealDetails on Appeal {\n    ...ResponderAppealSummary\n    ...AppealPageFields\n  }\n": typeof types.ResponderAppealDetailsFragmentDoc,
    "\n  query ResponderAppeal($id: ID!) {\n    appeal(id: $id) {\n      ...ResponderAppealDetails\n    }\n  }\n": typeof types.ResponderAppealDocument,
    "\n  query ResponderAppealAuthor($id: ID!) {\n    appeal(id: $id) {\n      id\n      author {\n        name\n        contact\n        postalAddress\n        erased\n      }\n    }\n  }\n": typeof types.ResponderAppealAuthorDocument,
    "\n  fragment ResponderCommandResult on AppealCommandResult {\n    appealId\n    status\n    answerDueAt\n    deputyId\n  }\n": typeof types.ResponderCommandResultFragmentDoc,
    "\n  mutation AcknowledgeAppeal($input: AppealRefInput!) {\n    acknowledgeAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": typeof types.AcknowledgeAppealDocument,
    "\n  mutation RequestClarification($input: AppealTextInput!) {\n    requestClarification(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": typeof types.RequestClarificationDocument,
    "\n  mutation AnswerAppeal($input: AppealTextInput!) {\n    answerAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": typeof types.AnswerAppealDocument,
    "\n  mutation ExtendDeadline($input: ExtendDeadlineInput!) {\n    extendDeadline(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": typeof types.ExtendDeadlineDocument,
    "\n  mutation ForwardAppeal($input: ForwardAppealInput!) {\n    forwardAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": typeof types.ForwardAppealDocument,
    "\n  mutation RejectAppeal($input: RejectAppealInput!) {\n    rejectAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": typeof types.RejectAppealDocument,
    "\n  mutation AssignAppeal($input: AssignAppealInput!) {\n    assignAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": typeof types.AssignAppealDocument,
    "\n  mutation RecategorizeAppeal($input: RecategorizeAppealInput!) {\n    recategorizeAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": typeof types.RecategorizeAppealDocument,
    "\n  query OwnRating($deputyId: ID!) {\n    deputyRating(deputyId: $deputyId) {\n      asOf\n      method {\n        minimumAnswered\n      }\n      rating {\n        fullName\n        ranked\n        rank\n        score\n        received\n        answered\n        feedback\n        flags\n        answeredShare {\n          successes\n          total\n          rate\n        }\n        deadlineCompliance {\n          successes\n          total\n          rate\n        }\n        resolutionRate {\n          successes\n          total\n          rate\n        }\n        promptness {\n          count\n          mean\n        }\n        quality {\n          count\n          mean\n        }\n        attentiveness {\n          count\n          mean\n        }\n        breakdown {\n          key\n          weight\n          value\n          points\n        }\n      }\n      trend {\n        month\n        score\n        rank\n        ranked\n        answered\n      }\n    }\n  }\n": typeof types.OwnRatingDocument,
    "\n  query ReceivedFeedback($first: Int) {\n    receivedFeedback(first: $first) {\n      totalCount\n      items {\n        appealId\n        subject\n        answerNumber\n        promptness\n        quality\n        attentiveness\n        solved\n        comment\n        submittedAt\n      }\n    }\n  }\n": typeof types.ReceivedFeedbackDocument,
    "\n  query ResponderDeputies($regionCode: String!) {\n    deputies(regionCode: $regionCode) {\n      id\n      fullName\n      district\n      regionCode\n    }\n  }\n": typeof types.ResponderDeputiesDocument,
    "\n  query ResponderDeputy($id: ID!) {\n    deputy(id: $id) {\n      id\n      fullName\n      district\n      regionCode\n    }\n  }\n": typeof types.ResponderDeputyDocument,
    "\n  fragment AppealStatusFields on Appeal {\n    status\n    overdue\n  }\n": typeof types.AppealStatusFieldsFragmentDoc,
    "\n  fragment TimelineStepFields on TimelineStep {\n    type\n    at\n    text\n    reason\n    deputyId\n    dueAt\n  }\n": typeof types.TimelineStepFieldsFragmentDoc,
    "\n  fragment AppealFeedbackFields on AppealFeedback {\n    answerNumber\n    promptness\n    quality\n    attentiveness\n    solved\n    comment\n    submittedAt\n  }\n": typeof types.AppealFeedbackFieldsFragmentDoc,
    "\n  fragment AppealPhotoFields on AppealPhoto {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n  }\n": typeof types.AppealPhotoFieldsFragmentDoc,
    "\n  fragment AppealPageFields on Appeal {\n    open\n    allowedActions\n    text\n    answeredAt\n    closedAt\n    extended\n    extensionReason\n    answerCount\n    timeline {\n      ...TimelineStepFields\n    }\n    feedback {\n      ...AppealFeedbackFields\n    }\n    attachments {\n      ...AppealPhotoFields\n    }\n  }\n": typeof types.AppealPageFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment ResponderAppealSummary on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    categoryId\n    territoryId\n    regionCode\n    deputyId\n    submittedAt\n    answerDueAt\n  }\n": types.ResponderAppealSummaryFragmentDoc,
    "\n  query DeputyInbox($status: AppealStatus, $overdueOnly: Boolean, $categoryId: ID, $territoryId: ID, $first: Int, $after: String) {\n    deputyInbox(\n      status: $status\n      overdueOnly: $overdueOnly\n      categoryId: $categoryId\n      territoryId: $territoryId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...ResponderAppealSummary\n      }\n    }\n  }\n": types.DeputyInboxDocument,
    "\n  query InboxCounters {\n    inboxCounters {\n      submitted\n      assigned\n      inProgress\n      awaitingClarification\n      answered\n      closed\n      forwarded\n      reopened\n      rejected\n      withdrawn\n      overdue\n    }\n  }\n": types.InboxCountersDocument,
    "\n  query ModerationQueue(\n    $regionCode: String\n    $status: AppealStatus\n    $unassignedOnly: Boolean\n    $overdueOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    moderationQueue(\n      regionCode: $regionCode\n      status: $status\n      unassignedOnly: $unassignedOnly\n      overdueOnly: $overdueOnly\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...ResponderAppealSummary\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  fragment ResponderAppealDetails on Appeal {\n    ...ResponderAppealSummary\n    ...AppealPageFields\n  }\n": types.ResponderAppealDetailsFragmentDoc,
    "\n  query ResponderAppeal($id: ID!) {\n    appeal(id: $id) {\n      ...ResponderAppealDetails\n    }\n  }\n": types.ResponderAppealDocument,
    "\n  query ResponderAppealAuthor($id: ID!) {\n    appeal(id: $id) {\n      id\n      author {\n        name\n        contact\n        postalAddress\n        erased\n      }\n    }\n  }\n": types.ResponderAppealAuthorDocument,
    "\n  fragment ResponderCommandResult on AppealCommandResult {\n    appealId\n    status\n    answerDueAt\n    deputyId\n  }\n": types.ResponderCommandResultFragmentDoc,
    "\n  mutation AcknowledgeAppeal($input: AppealRefInput!) {\n    acknowledgeAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": types.AcknowledgeAppealDocument,
    "\n  mutation RequestClarification($input: AppealTextInput!) {\n    requestClarification(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": types.RequestClarificationDocument,
    "\n  mutation AnswerAppeal($input: AppealTextInput!) {\n    answerAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": types.AnswerAppealDocument,
    "\n  mutation ExtendDeadline($input: ExtendDeadlineInput!) {\n    extendDeadline(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": types.ExtendDeadlineDocument,
    "\n  mutation ForwardAppeal($input: ForwardAppealInput!) {\n    forwardAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": types.ForwardAppealDocument,
    "\n  mutation RejectAppeal($input: RejectAppealInput!) {\n    rejectAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": types.RejectAppealDocument,
    "\n  mutation AssignAppeal($input: AssignAppealInput!) {\n    assignAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": types.AssignAppealDocument,
    "\n  mutation RecategorizeAppeal($input: RecategorizeAppealInput!) {\n    recategorizeAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n": types.RecategorizeAppealDocument,
    "\n  query OwnRating($deputyId: ID!) {\n    deputyRating(deputyId: $deputyId) {\n      asOf\n      method {\n        minimumAnswered\n      }\n      rating {\n        fullName\n        ranked\n        rank\n        score\n        received\n        answered\n        feedback\n        flags\n        answeredShare {\n          successes\n          total\n          rate\n        }\n        deadlineCompliance {\n          successes\n          total\n          rate\n        }\n        resolutionRate {\n          successes\n          total\n          rate\n        }\n        promptness {\n          count\n          mean\n        }\n        quality {\n          count\n          mean\n        }\n        attentiveness {\n          count\n          mean\n        }\n        breakdown {\n          key\n          weight\n          value\n          points\n        }\n      }\n      trend {\n        month\n        score\n        rank\n        ranked\n        answered\n      }\n    }\n  }\n": types.OwnRatingDocument,
    "\n  query ReceivedFeedback($first: Int) {\n    receivedFeedback(first: $first) {\n      totalCount\n      items {\n        appealId\n        subject\n        answerNumber\n        promptness\n        quality\n        attentiveness\n        solved\n        comment\n        submittedAt\n      }\n    }\n  }\n": types.ReceivedFeedbackDocument,
    "\n  query ResponderDeputies($regionCode: String!) {\n    deputies(regionCode: $regionCode) {\n      id\n      fullName\n      district\n      regionCode\n    }\n  }\n": types.ResponderDeputiesDocument,
    "\n  query ResponderDeputy($id: ID!) {\n    deputy(id: $id) {\n      id\n      fullName\n      district\n      regionCode\n    }\n  }\n": types.ResponderDeputyDocument,
    "\n  fragment AppealStatusFields on Appeal {\n    status\n    overdue\n  }\n": types.AppealStatusFieldsFragmentDoc,
    "\n  fragment TimelineStepFields on TimelineStep {\n    type\n    at\n    text\n    reason\n    deputyId\n    dueAt\n  }\n": types.TimelineStepFieldsFragmentDoc,
    "\n  fragment AppealFeedbackFields on AppealFeedback {\n    answerNumber\n    promptness\n    quality\n    attentiveness\n    solved\n    comment\n    submittedAt\n  }\n": types.AppealFeedbackFieldsFragmentDoc,
    "\n  fragment AppealPhotoFields on AppealPhoto {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n  }\n": types.AppealPhotoFieldsFragmentDoc,
    "\n  fragment AppealPageFields on Appeal {\n    open\n    allowedActions\n    text\n    answeredAt\n    closedAt\n    extended\n    extensionReason\n    answerCount\n    timeline {\n      ...TimelineStepFields\n    }\n    feedback {\n      ...AppealFeedbackFields\n    }\n    attachments {\n      ...AppealPhotoFields\n    }\n  }\n": types.AppealPageFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponderAppealSummary on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    categoryId\n    territoryId\n    regionCode\n    deputyId\n    submittedAt\n    answerDueAt\n  }\n"): (typeof documents)["\n  fragment ResponderAppealSummary on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    categoryId\n    territoryId\n    regionCode\n    deputyId\n    submittedAt\n    answerDueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyInbox($status: AppealStatus, $overdueOnly: Boolean, $categoryId: ID, $territoryId: ID, $first: Int, $after: String) {\n    deputyInbox(\n      status: $status\n      overdueOnly: $overdueOnly\n      categoryId: $categoryId\n      territoryId: $territoryId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...ResponderAppealSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeputyInbox($status: AppealStatus, $overdueOnly: Boolean, $categoryId: ID, $territoryId: ID, $first: Int, $after: String) {\n    deputyInbox(\n      status: $status\n      overdueOnly: $overdueOnly\n      categoryId: $categoryId\n      territoryId: $territoryId\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...ResponderAppealSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxCounters {\n    inboxCounters {\n      submitted\n      assigned\n      inProgress\n      awaitingClarification\n      answered\n      closed\n      forwarded\n      reopened\n      rejected\n      withdrawn\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query InboxCounters {\n    inboxCounters {\n      submitted\n      assigned\n      inProgress\n      awaitingClarification\n      answered\n      closed\n      forwarded\n      reopened\n      rejected\n      withdrawn\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue(\n    $regionCode: String\n    $status: AppealStatus\n    $unassignedOnly: Boolean\n    $overdueOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    moderationQueue(\n      regionCode: $regionCode\n      status: $status\n      unassignedOnly: $unassignedOnly\n      overdueOnly: $overdueOnly\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...ResponderAppealSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue(\n    $regionCode: String\n    $status: AppealStatus\n    $unassignedOnly: Boolean\n    $overdueOnly: Boolean\n    $first: Int\n    $after: String\n  ) {\n    moderationQueue(\n      regionCode: $regionCode\n      status: $status\n      unassignedOnly: $unassignedOnly\n      overdueOnly: $overdueOnly\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...ResponderAppealSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponderAppealDetails on Appeal {\n    ...ResponderAppealSummary\n    ...AppealPageFields\n  }\n"): (typeof documents)["\n  fragment ResponderAppealDetails on Appeal {\n    ...ResponderAppealSummary\n    ...AppealPageFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponderAppeal($id: ID!) {\n    appeal(id: $id) {\n      ...ResponderAppealDetails\n    }\n  }\n"): (typeof documents)["\n  query ResponderAppeal($id: ID!) {\n    appeal(id: $id) {\n      ...ResponderAppealDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponderAppealAuthor($id: ID!) {\n    appeal(id: $id) {\n      id\n      author {\n        name\n        contact\n        postalAddress\n        erased\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponderAppealAuthor($id: ID!) {\n    appeal(id: $id) {\n      id\n      author {\n        name\n        contact\n        postalAddress\n        erased\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponderCommandResult on AppealCommandResult {\n    appealId\n    status\n    answerDueAt\n    deputyId\n  }\n"): (typeof documents)["\n  fragment ResponderCommandResult on AppealCommandResult {\n    appealId\n    status\n    answerDueAt\n    deputyId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAppeal($input: AppealRefInput!) {\n    acknowledgeAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAppeal($input: AppealRefInput!) {\n    acknowledgeAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestClarification($input: AppealTextInput!) {\n    requestClarification(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation RequestClarification($input: AppealTextInput!) {\n    requestClarification(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerAppeal($input: AppealTextInput!) {\n    answerAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerAppeal($input: AppealTextInput!) {\n    answerAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDeadline($input: ExtendDeadlineInput!) {\n    extendDeadline(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendDeadline($input: ExtendDeadlineInput!) {\n    extendDeadline(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardAppeal($input: ForwardAppealInput!) {\n    forwardAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardAppeal($input: ForwardAppealInput!) {\n    forwardAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAppeal($input: RejectAppealInput!) {\n    rejectAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation RejectAppeal($input: RejectAppealInput!) {\n    rejectAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAppeal($input: AssignAppealInput!) {\n    assignAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation AssignAppeal($input: AssignAppealInput!) {\n    assignAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecategorizeAppeal($input: RecategorizeAppealInput!) {\n    recategorizeAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation RecategorizeAppeal($input: RecategorizeAppealInput!) {\n    recategorizeAppeal(input: $input) {\n      ...ResponderCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnRating($deputyId: ID!) {\n    deputyRating(deputyId: $deputyId) {\n      asOf\n      method {\n        minimumAnswered\n      }\n      rating {\n        fullName\n        ranked\n        rank\n        score\n        received\n        answered\n        feedback\n        flags\n        answeredShare {\n          successes\n          total\n          rate\n        }\n        deadlineCompliance {\n          successes\n          total\n          rate\n        }\n        resolutionRate {\n          successes\n          total\n          rate\n        }\n        promptness {\n          count\n          mean\n        }\n        quality {\n          count\n          mean\n        }\n        attentiveness {\n          count\n          mean\n        }\n        breakdown {\n          key\n          weight\n          value\n          points\n        }\n      }\n      trend {\n        month\n        score\n        rank\n        ranked\n        answered\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnRating($deputyId: ID!) {\n    deputyRating(deputyId: $deputyId) {\n      asOf\n      method {\n        minimumAnswered\n      }\n      rating {\n        fullName\n        ranked\n        rank\n        score\n        received\n        answered\n        feedback\n        flags\n        answeredShare {\n          successes\n          total\n          rate\n        }\n        deadlineCompliance {\n          successes\n          total\n          rate\n        }\n        resolutionRate {\n          successes\n          total\n          rate\n        }\n        promptness {\n          count\n          mean\n        }\n        quality {\n          count\n          mean\n        }\n        attentiveness {\n          count\n          mean\n        }\n        breakdown {\n          key\n          weight\n          value\n          points\n        }\n      }\n      trend {\n        month\n        score\n        rank\n        ranked\n        answered\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivedFeedback($first: Int) {\n    receivedFeedback(first: $first) {\n      totalCount\n      items {\n        appealId\n        subject\n        answerNumber\n        promptness\n        quality\n        attentiveness\n        solved\n        comment\n        submittedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceivedFeedback($first: Int) {\n    receivedFeedback(first: $first) {\n      totalCount\n      items {\n        appealId\n        subject\n        answerNumber\n        promptness\n        quality\n        attentiveness\n        solved\n        comment\n        submittedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponderDeputies($regionCode: String!) {\n    deputies(regionCode: $regionCode) {\n      id\n      fullName\n      district\n      regionCode\n    }\n  }\n"): (typeof documents)["\n  query ResponderDeputies($regionCode: String!) {\n    deputies(regionCode: $regionCode) {\n      id\n      fullName\n      district\n      regionCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponderDeputy($id: ID!) {\n    deputy(id: $id) {\n      id\n      fullName\n      district\n      regionCode\n    }\n  }\n"): (typeof documents)["\n  query ResponderDeputy($id: ID!) {\n    deputy(id: $id) {\n      id\n      fullName\n      district\n      regionCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppealStatusFields on Appeal {\n    status\n    overdue\n  }\n"): (typeof documents)["\n  fragment AppealStatusFields on Appeal {\n    status\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineStepFields on TimelineStep {\n    type\n    at\n    text\n    reason\n    deputyId\n    dueAt\n  }\n"): (typeof documents)["\n  fragment TimelineStepFields on TimelineStep {\n    type\n    at\n    text\n    reason\n    deputyId\n    dueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppealFeedbackFields on AppealFeedback {\n    answerNumber\n    promptness\n    quality\n    attentiveness\n    solved\n    comment\n    submittedAt\n  }\n"): (typeof documents)["\n  fragment AppealFeedbackFields on AppealFeedback {\n    answerNumber\n    promptness\n    quality\n    attentiveness\n    solved\n    comment\n    submittedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppealPhotoFields on AppealPhoto {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n  }\n"): (typeof documents)["\n  fragment AppealPhotoFields on AppealPhoto {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppealPageFields on Appeal {\n    open\n    allowedActions\n    text\n    answeredAt\n    closedAt\n    extended\n    extensionReason\n    answerCount\n    timeline {\n      ...TimelineStepFields\n    }\n    feedback {\n      ...AppealFeedbackFields\n    }\n    attachments {\n      ...AppealPhotoFields\n    }\n  }\n"): (typeof documents)["\n  fragment AppealPageFields on Appeal {\n    open\n    allowedActions\n    text\n    answeredAt\n    closedAt\n    extended\n    extensionReason\n    answerCount\n    timeline {\n      ...TimelineStepFields\n    }\n    feedback {\n      ...AppealFeedbackFields\n    }\n    attachments {\n      ...AppealPhotoFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;