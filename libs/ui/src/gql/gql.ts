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
    "\n  fragment AppealStatusFields on Appeal {\n    status\n    overdue\n  }\n": typeof types.AppealStatusFieldsFragmentDoc,
    "\n  fragment TimelineStepFields on TimelineStep {\n    type\n    at\n    text\n    reason\n    deputyId\n    dueAt\n  }\n": typeof types.TimelineStepFieldsFragmentDoc,
    "\n  fragment AppealFeedbackFields on AppealFeedback {\n    answerNumber\n    promptness\n    quality\n    attentiveness\n    solved\n    comment\n    submittedAt\n  }\n": typeof types.AppealFeedbackFieldsFragmentDoc,
    "\n  fragment AppealPhotoFields on AppealPhoto {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n  }\n": typeof types.AppealPhotoFieldsFragmentDoc,
    "\n  fragment AppealPageFields on Appeal {\n    open\n    allowedActions\n    text\n    answeredAt\n    closedAt\n    extended\n    extensionReason\n    answerCount\n    timeline {\n      ...TimelineStepFields\n    }\n    feedback {\n      ...AppealFeedbackFields\n    }\n    attachments {\n      ...AppealPhotoFields\n    }\n  }\n": typeof types.AppealPageFieldsFragmentDoc,
    "\n  query Territories($regionCode: String!) {\n    territories(regionCode: $regionCode) {\n      id\n      regionCode\n      nameRu\n      nameEn\n    }\n  }\n": typeof types.TerritoriesDocument,
    "\n  query Categories {\n    categories {\n      id\n      parentId\n      nameRu\n      nameEn\n      keywords\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Me {\n    me {\n      id\n      role\n      name\n      deputyId\n      regions\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  fragment AppealStatusFields on Appeal {\n    status\n    overdue\n  }\n": types.AppealStatusFieldsFragmentDoc,
    "\n  fragment TimelineStepFields on TimelineStep {\n    type\n    at\n    text\n    reason\n    deputyId\n    dueAt\n  }\n": types.TimelineStepFieldsFragmentDoc,
    "\n  fragment AppealFeedbackFields on AppealFeedback {\n    answerNumber\n    promptness\n    quality\n    attentiveness\n    solved\n    comment\n    submittedAt\n  }\n": types.AppealFeedbackFieldsFragmentDoc,
    "\n  fragment AppealPhotoFields on AppealPhoto {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n  }\n": types.AppealPhotoFieldsFragmentDoc,
    "\n  fragment AppealPageFields on Appeal {\n    open\n    allowedActions\n    text\n    answeredAt\n    closedAt\n    extended\n    extensionReason\n    answerCount\n    timeline {\n      ...TimelineStepFields\n    }\n    feedback {\n      ...AppealFeedbackFields\n    }\n    attachments {\n      ...AppealPhotoFields\n    }\n  }\n": types.AppealPageFieldsFragmentDoc,
    "\n  query Territories($regionCode: String!) {\n    territories(regionCode: $regionCode) {\n      id\n      regionCode\n      nameRu\n      nameEn\n    }\n  }\n": types.TerritoriesDocument,
    "\n  query Categories {\n    categories {\n      id\n      parentId\n      nameRu\n      nameEn\n      keywords\n    }\n  }\n": types.CategoriesDocument,
    "\n  query Me {\n    me {\n      id\n      role\n      name\n      deputyId\n      regions\n    }\n  }\n": types.MeDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Territories($regionCode: String!) {\n    territories(regionCode: $regionCode) {\n      id\n      regionCode\n      nameRu\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query Territories($regionCode: String!) {\n    territories(regionCode: $regionCode) {\n      id\n      regionCode\n      nameRu\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      parentId\n      nameRu\n      nameEn\n      keywords\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      id\n      parentId\n      nameRu\n      nameEn\n      keywords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      role\n      name\n      deputyId\n      regions\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      role\n      name\n      deputyId\n      regions\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;