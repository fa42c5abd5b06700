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
    "\n  fragment VoterAppealSummary on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    categoryId\n    submittedAt\n    answerDueAt\n  }\n": typeof types.VoterAppealSummaryFragmentDoc,
    "\n  query MyAppeals($status: AppealStatus, $first: Int, $after: String) {\n    myAppeals(status: $status, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...VoterAppealSummary\n      }\n    }\n  }\n": typeof types.MyAppealsDocument,
    "\n  fragment VoterAppealDetails on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    regionCode\n    territoryId\n    categoryId\n    deputyId\n    submittedAt\n    answerDueAt\n    ...AppealPageFields\n  }\n": typeof types.VoterAppealDetailsFragmentDoc,
    "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...VoterAppealDetails\n    }\n  }\n": typeof types.AppealDocument,
    "\n  fragment VoterCommandResult on AppealCommandResult {\n    appealId\n    status\n    answerDueAt\n  }\n": typeof types.VoterCommandResultFragmentDoc,
    "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n": typeof types.SubmitAppealDocument,
    "\n  mutation ProvideClarification($input: AppealTextInput!) {\n    provideClarification(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n": typeof types.ProvideClarificationDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  mutation ReopenAppeal($input: AppealReasonInput!) {\n    reopenAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n": typeof types.ReopenAppealDocument,
    "\n  mutation WithdrawAppeal($input: AppealRefInput!) {\n    withdrawAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n": typeof types.WithdrawAppealDocument,
    "\n  fragment VoterPersonalData on MyPersonalData {\n    erased\n    name\n    contact\n    postalAddress\n    accessLog {\n      readerRole\n      purpose\n      appealId\n      accessedAt\n    }\n  }\n": typeof types.VoterPersonalDataFragmentDoc,
    "\n  query MyPersonalData {\n    myPersonalData {\n      ...VoterPersonalData\n    }\n  }\n": typeof types.MyPersonalDataDocument,
    "\n  mutation UpdateMyPersonalData($input: UpdateMyPersonalDataInput!) {\n    updateMyPersonalData(input: $input) {\n      ...VoterPersonalData\n    }\n  }\n": typeof types.UpdateMyPersonalDataDocument,
    "\n  mutation EraseMyPersonalData($input: EraseMyPersonalDataInput!) {\n    eraseMyPersonalData(input: $input) {\n      ...VoterPersonalData\n    }\n  }\n": typeof types.EraseMyPersonalDataDocument,
    "\n  query Regions {\n    regions {\n      code\n      nameRu\n      nameEn\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  fragment VoterDeputy on Deputy {\n    id\n    fullName\n    level\n    district\n    territoryIds\n    verified\n    responsiveness {\n      appealsReceived\n      answered\n      answeredOnTime\n      medianFirstResponseHours\n    }\n  }\n": typeof types.VoterDeputyFragmentDoc,
    "\n  query Deputies($regionCode: String!, $territoryId: ID) {\n    deputies(regionCode: $regionCode, territoryId: $territoryId) {\n      ...VoterDeputy\n    }\n  }\n": typeof types.DeputiesDocument,
    "\n  query AppealSubmissionRules {\n    appealSubmissionRules {\n      personalDataPolicy {\n        version\n        url\n      }\n      maxPhotos\n      maxPhotoBytes\n      photoTypes\n      maxSubjectLength\n      maxTextLength\n    }\n  }\n": typeof types.AppealSubmissionRulesDocument,
    "\n  fragment AppealStatusFields on Appeal {\n    status\n    overdue\n  }\n": typeof types.AppealStatusFieldsFragmentDoc,
    "\n  fragment TimelineStepFields on TimelineStep {\n    type\n    at\n    text\n    reason\n    deputyId\n    dueAt\n  }\n": typeof types.TimelineStepFieldsFragmentDoc,
    "\n  fragment AppealFeedbackFields on AppealFeedback {\n    answerNumber\n    promptness\n    quality\n    attentiveness\n    solved\n    comment\n    submittedAt\n  }\n": typeof types.AppealFeedbackFieldsFragmentDoc,
    "\n  fragment AppealPhotoFields on AppealPhoto {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n  }\n": typeof types.AppealPhotoFieldsFragmentDoc,
    "\n  fragment AppealPageFields on Appeal {\n    open\n    allowedActions\n    text\n    answeredAt\n    closedAt\n    extended\n    extensionReason\n    answerCount\n    timeline {\n      ...TimelineStepFields\n    }\n    feedback {\n      ...AppealFeedbackFields\n    }\n    attachments {\n      ...AppealPhotoFields\n    }\n  }\n": typeof types.AppealPageFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment VoterAppealSummary on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    categoryId\n    submittedAt\n    answerDueAt\n  }\n": types.VoterAppealSummaryFragmentDoc,
    "\n  query MyAppeals($status: AppealStatus, $first: Int, $after: String) {\n    myAppeals(status: $status, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...VoterAppealSummary\n      }\n    }\n  }\n": types.MyAppealsDocument,
    "\n  fragment VoterAppealDetails on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    regionCode\n    territoryId\n    categoryId\n    deputyId\n    submittedAt\n    answerDueAt\n    ...AppealPageFields\n  }\n": types.VoterAppealDetailsFragmentDoc,
    "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...VoterAppealDetails\n    }\n  }\n": types.AppealDocument,
    "\n  fragment VoterCommandResult on AppealCommandResult {\n    appealId\n    status\n    answerDueAt\n  }\n": types.VoterCommandResultFragmentDoc,
    "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n": types.SubmitAppealDocument,
    "\n  mutation ProvideClarification($input: AppealTextInput!) {\n    provideClarification(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n": types.ProvideClarificationDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n": types.SubmitFeedbackDocument,
    "\n  mutation ReopenAppeal($input: AppealReasonInput!) {\n    reopenAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n": types.ReopenAppealDocument,
    "\n  mutation WithdrawAppeal($input: AppealRefInput!) {\n    withdrawAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n": types.WithdrawAppealDocument,
    "\n  fragment VoterPersonalData on MyPersonalData {\n    erased\n    name\n    contact\n    postalAddress\n    accessLog {\n      readerRole\n      purpose\n      appealId\n      accessedAt\n    }\n  }\n": types.VoterPersonalDataFragmentDoc,
    "\n  query MyPersonalData {\n    myPersonalData {\n      ...VoterPersonalData\n    }\n  }\n": types.MyPersonalDataDocument,
    "\n  mutation UpdateMyPersonalData($input: UpdateMyPersonalDataInput!) {\n    updateMyPersonalData(input: $input) {\n      ...VoterPersonalData\n    }\n  }\n": types.UpdateMyPersonalDataDocument,
    "\n  mutation EraseMyPersonalData($input: EraseMyPersonalDataInput!) {\n    eraseMyPersonalData(input: $input) {\n      ...VoterPersonalData\n    }\n  }\n": types.EraseMyPersonalDataDocument,
    "\n  query Regions {\n    regions {\n      code\n      nameRu\n      nameEn\n    }\n  }\n": types.RegionsDocument,
    "\n  fragment VoterDeputy on Deputy {\n    id\n    fullName\n    level\n    district\n    territoryIds\n    verified\n    responsiveness {\n      appealsReceived\n      answered\n      answeredOnTime\n      medianFirstResponseHours\n    }\n  }\n": types.VoterDeputyFragmentDoc,
    "\n  query Deputies($regionCode: String!, $territoryId: ID) {\n    deputies(regionCode: $regionCode, territoryId: $territoryId) {\n      ...VoterDeputy\n    }\n  }\n": types.DeputiesDocument,
    "\n  query AppealSubmissionRules {\n    appealSubmissionRules {\n      personalDataPolicy {\n        version\n        url\n      }\n      maxPhotos\n      maxPhotoBytes\n      photoTypes\n      maxSubjectLength\n      maxTextLength\n    }\n  }\n": types.AppealSubmissionRulesDocument,
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
export function graphql(source: "\n  fragment VoterAppealSummary on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    categoryId\n    submittedAt\n    answerDueAt\n  }\n"): (typeof documents)["\n  fragment VoterAppealSummary on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    categoryId\n    submittedAt\n    answerDueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppeals($status: AppealStatus, $first: Int, $after: String) {\n    myAppeals(status: $status, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...VoterAppealSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAppeals($status: AppealStatus, $first: Int, $after: String) {\n    myAppeals(status: $status, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      items {\n        ...VoterAppealSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoterAppealDetails on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    regionCode\n    territoryId\n    categoryId\n    deputyId\n    submittedAt\n    answerDueAt\n    ...AppealPageFields\n  }\n"): (typeof documents)["\n  fragment VoterAppealDetails on Appeal {\n    id\n    ...AppealStatusFields\n    subject\n    regionCode\n    territoryId\n    categoryId\n    deputyId\n    submittedAt\n    answerDueAt\n    ...AppealPageFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...VoterAppealDetails\n    }\n  }\n"): (typeof documents)["\n  query Appeal($id: ID!) {\n    appeal(id: $id) {\n      ...VoterAppealDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoterCommandResult on AppealCommandResult {\n    appealId\n    status\n    answerDueAt\n  }\n"): (typeof documents)["\n  fragment VoterCommandResult on AppealCommandResult {\n    appealId\n    status\n    answerDueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAppeal($input: SubmitAppealInput!) {\n    submitAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvideClarification($input: AppealTextInput!) {\n    provideClarification(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation ProvideClarification($input: AppealTextInput!) {\n    provideClarification(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenAppeal($input: AppealReasonInput!) {\n    reopenAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenAppeal($input: AppealReasonInput!) {\n    reopenAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawAppeal($input: AppealRefInput!) {\n    withdrawAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawAppeal($input: AppealRefInput!) {\n    withdrawAppeal(input: $input) {\n      ...VoterCommandResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoterPersonalData on MyPersonalData {\n    erased\n    name\n    contact\n    postalAddress\n    accessLog {\n      readerRole\n      purpose\n      appealId\n      accessedAt\n    }\n  }\n"): (typeof documents)["\n  fragment VoterPersonalData on MyPersonalData {\n    erased\n    name\n    contact\n    postalAddress\n    accessLog {\n      readerRole\n      purpose\n      appealId\n      accessedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalData {\n    myPersonalData {\n      ...VoterPersonalData\n    }\n  }\n"): (typeof documents)["\n  query MyPersonalData {\n    myPersonalData {\n      ...VoterPersonalData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPersonalData($input: UpdateMyPersonalDataInput!) {\n    updateMyPersonalData(input: $input) {\n      ...VoterPersonalData\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPersonalData($input: UpdateMyPersonalDataInput!) {\n    updateMyPersonalData(input: $input) {\n      ...VoterPersonalData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMyPersonalData($input: EraseMyPersonalDataInput!) {\n    eraseMyPersonalData(input: $input) {\n      ...VoterPersonalData\n    }\n  }\n"): (typeof documents)["\n  mutation EraseMyPersonalData($input: EraseMyPersonalDataInput!) {\n    eraseMyPersonalData(input: $input) {\n      ...VoterPersonalData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      code\n      nameRu\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query Regions {\n    regions {\n      code\n      nameRu\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoterDeputy on Deputy {\n    id\n    fullName\n    level\n    district\n    territoryIds\n    verified\n    responsiveness {\n      appealsReceived\n      answered\n      answeredOnTime\n      medianFirstResponseHours\n    }\n  }\n"): (typeof documents)["\n  fragment VoterDeputy on Deputy {\n    id\n    fullName\n    level\n    district\n    territoryIds\n    verified\n    responsiveness {\n      appealsReceived\n      answered\n      answeredOnTime\n      medianFirstResponseHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deputies($regionCode: String!, $territoryId: ID) {\n    deputies(regionCode: $regionCode, territoryId: $territoryId) {\n      ...VoterDeputy\n    }\n  }\n"): (typeof documents)["\n  query Deputies($regionCode: String!, $territoryId: ID) {\n    deputies(regionCode: $regionCode, territoryId: $territoryId) {\n      ...VoterDeputy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppealSubmissionRules {\n    appealSubmissionRules {\n      personalDataPolicy {\n        version\n        url\n      }\n      maxPhotos\n      maxPhotoBytes\n      photoTypes\n      maxSubjectLength\n      maxTextLength\n    }\n  }\n"): (typeof documents)["\n  query AppealSubmissionRules {\n    appealSubmissionRules {\n      personalDataPolicy {\n        version\n        url\n      }\n      maxPhotos\n      maxPhotoBytes\n      photoTypes\n      maxSubjectLength\n      maxTextLength\n    }\n  }\n"];
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