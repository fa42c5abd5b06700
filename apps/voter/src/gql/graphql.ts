/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Something a person can do with an appeal; `Appeal.allowedActions` lists those the viewer may do now */
export type AppealActionKind =
  | 'ACKNOWLEDGE'
  | 'ANSWER'
  | 'ASSIGN'
  | 'EXTEND_DEADLINE'
  | 'FORWARD'
  | 'PROVIDE_CLARIFICATION'
  | 'RECATEGORIZE'
  | 'REJECT'
  | 'REOPEN'
  | 'REQUEST_CLARIFICATION'
  | 'SUBMIT_FEEDBACK'
  | 'WITHDRAW';

export type AppealReasonInput = {
  appealId: string | number;
  commandId?: string | number | null | undefined;
  reason: string;
};

export type AppealRefInput = {
  appealId: string | number;
  commandId?: string | number | null | undefined;
};

export type AppealStatus =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'AWAITING_CLARIFICATION'
  | 'CLOSED'
  | 'FORWARDED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'REOPENED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type AppealTextInput = {
  appealId: string | number;
  commandId?: string | number | null | undefined;
  /** The question, reply or answer text */
  text: string;
};

/** State Duma, regional legislature, or municipal council */
export type DeputyLevel =
  | 'MUNICIPAL'
  | 'REGIONAL'
  | 'STATE_DUMA';

export type EraseMyPersonalDataInput = {
  /** Repeat-safe id of this request */
  commandId?: string | number | null | undefined;
  /** Must be true: erasure cannot be undone */
  confirm: boolean;
};

/** Was the problem solved, in the voter’s words */
export type Solved =
  | 'NO'
  | 'PARTLY'
  | 'YES';

export type SubmitAppealInput = {
  /** Write to this deputy of your territory instead of the one routing picks */
  addressedDeputyId?: string | number | null | undefined;
  /** Photos uploaded with POST /attachments, at most 5 (see appealSubmissionRules) */
  attachmentIds?: Array<string | number> | null | undefined;
  /** A subcategory, or a category */
  categoryId: string | number;
  /** Repeat-safe id: resending it returns the first result */
  commandId?: string | number | null | undefined;
  /** Consent to the processing of personal data (152-ФЗ); required */
  consent: boolean;
  contact?: string | null | undefined;
  /** Kept encrypted outside the appeal history */
  name?: string | null | undefined;
  postalAddress?: string | null | undefined;
  regionCode: string;
  /** 1–200 characters */
  subject: string;
  territoryId: string | number;
  /** 1–10,000 characters */
  text: string;
};

export type SubmitFeedbackInput = {
  appealId: string | number;
  /** 1–5 */
  attentiveness: number;
  commandId?: string | number | null | undefined;
  comment?: string | null | undefined;
  /** 1–5 */
  promptness: number;
  /** 1–5 */
  quality: number;
  solved: Solved;
};

export type UpdateMyPersonalDataInput = {
  /** Repeat-safe id of this request */
  commandId?: string | number | null | undefined;
  contact?: string | null | undefined;
  name: string;
  postalAddress?: string | null | undefined;
};

export type VoterAppealSummaryFragment = { id: string, subject: string, categoryId: string, submittedAt: string, answerDueAt: string, status: AppealStatus, overdue: boolean };

export type MyAppealsQueryVariables = Exact<{
  status?: AppealStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyAppealsQuery = { myAppeals: { totalCount: number, hasNextPage: boolean, endCursor: string | null, items: Array<{ id: string, subject: string, categoryId: string, submittedAt: string, answerDueAt: string, status: AppealStatus, overdue: boolean }> } };

export type VoterAppealDetailsFragment = { id: string, subject: string, regionCode: string, territoryId: string, categoryId: string, deputyId: string | null, submittedAt: string, answerDueAt: string, status: AppealStatus, overdue: boolean, open: boolean, allowedActions: Array<AppealActionKind>, text: string, answeredAt: string | null, closedAt: string | null, extended: boolean, extensionReason: string | null, answerCount: number, timeline: Array<{ type: string, at: string, text: string | null, reason: string | null, deputyId: string | null, dueAt: string | null }> | null, feedback: Array<{ answerNumber: number, promptness: number, quality: number, attentiveness: number, solved: string, comment: string | null, submittedAt: string }> | null, attachments: Array<{ id: string, url: string, thumbnailUrl: string, width: number, height: number }> | null };

export type AppealQueryVariables = Exact<{
  id: string | number;
}>;


export type AppealQuery = { appeal: { id: string, subject: string, regionCode: string, territoryId: string, categoryId: string, deputyId: string | null, submittedAt: string, answerDueAt: string, status: AppealStatus, overdue: boolean, open: boolean, allowedActions: Array<AppealActionKind>, text: string, answeredAt: string | null, closedAt: string | null, extended: boolean, extensionReason: string | null, answerCount: number, timeline: Array<{ type: string, at: string, text: string | null, reason: string | null, deputyId: string | null, dueAt: string | null }> | null, feedback: Array<{ answerNumber: number, promptness: number, quality: number, attentiveness: number, solved: string, comment: string | null, submittedAt: string }> | null, attachments: Array<{ id: string, url: string, thumbnailUrl: string, width: number, height: number }> | null } };

export type VoterCommandResultFragment = { appealId: string, status: AppealStatus, answerDueAt: string | null };

export type SubmitAppealMutationVariables = Exact<{
  input: SubmitAppealInput;
}>;


export type SubmitAppealMutation = { submitAppeal: { appealId: string, status: AppealStatus, answerDueAt: string | null } };

export type ProvideClarificationMutationVariables = Exact<{
  input: AppealTextInput;
}>;


export type ProvideClarificationMutation = { provideClarification: { appealId: string, status: AppealStatus, answerDueAt: string | null } };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: { appealId: string, status: AppealStatus, answerDueAt: string | null } };

export type ReopenAppealMutationVariables = Exact<{
  input: AppealReasonInput;
}>;


export type ReopenAppealMutation = { reopenAppeal: { appealId: string, status: AppealStatus, answerDueAt: string | null } };

export type WithdrawAppealMutationVariables = Exact<{
  input: AppealRefInput;
}>;


export type WithdrawAppealMutation = { withdrawAppeal: { appealId: string, status: AppealStatus, answerDueAt: string | null } };

export type VoterPersonalDataFragment = { erased: boolean, name: string | null, contact: string | null, postalAddress: string | null, accessLog: Array<{ readerRole: string, purpose: string, appealId: string | null, accessedAt: string }> };

export type MyPersonalDataQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPersonalDataQuery = { myPersonalData: { erased: boolean, name: string | null, contact: string | null, postalAddress: string | null, accessLog: Array<{ readerRole: string, purpose: string, appealId: string | null, accessedAt: string }> } };

export type UpdateMyPersonalDataMutationVariables = Exact<{
  input: UpdateMyPersonalDataInput;
}>;


export type UpdateMyPersonalDataMutation = { updateMyPersonalData: { erased: boolean, name: string | null, contact: string | null, postalAddress: string | null, accessLog: Array<{ readerRole: string, purpose: string, appealId: string | null, accessedAt: string }> } };

export type EraseMyPersonalDataMutationVariables = Exact<{
  input: EraseMyPersonalDataInput;
}>;


export type EraseMyPersonalDataMutation = { eraseMyPersonalData: { erased: boolean, name: string | null, contact: string | null, postalAddress: string | null, accessLog: Array<{ readerRole: string, purpose: string, appealId: string | null, accessedAt: string }> } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ code: string, nameRu: string, nameEn: string }> };

export type VoterDeputyFragment = { id: string, fullName: string, level: DeputyLevel, district: string | null, territoryIds: Array<string>, verified: boolean, responsiveness: { appealsReceived: number, answered: number, answeredOnTime: number, medianFirstResponseHours: number | null } };

export type DeputiesQueryVariables = Exact<{
  regionCode: string;
  territoryId?: string | number | null | undefined;
}>;


export type DeputiesQuery = { deputies: Array<{ id: string, fullName: string, level: DeputyLevel, district: string | null, territoryIds: Array<string>, verified: boolean, responsiveness: { appealsReceived: number, answered: number, answeredOnTime: number, medianFirstResponseHours: number | null } }> };

export type AppealSubmissionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppealSubmissionRulesQuery = { appealSubmissionRules: { maxPhotos: number, maxPhotoBytes: number, photoTypes: Array<string>, maxSubjectLength: number, maxTextLength: number, personalDataPolicy: { version: string, url: string } } };

export type AppealStatusFieldsFragment = { status: AppealStatus, overdue: boolean };

export type TimelineStepFieldsFragment = { type: string, at: string, text: string | null, reason: string | null, deputyId: string | null, dueAt: string | null };

export type AppealFeedbackFieldsFragment = { answerNumber: number, promptness: number, quality: number, attentiveness: number, solved: string, comment: string | null, submittedAt: string };

export type AppealPhotoFieldsFragment = { id: string, url: string, thumbnailUrl: string, width: number, height: number };

export type AppealPageFieldsFragment = { open: boolean, allowedActions: Array<AppealActionKind>, text: string, answeredAt: string | null, closedAt: string | null, extended: boolean, extensionReason: string | null, answerCount: number, timeline: Array<{ type: string, at: string, text: string | null, reason: string | null, deputyId: string | null, dueAt: string | null }> | null, feedback: Array<{ answerNumber: number, promptness: number, quality: number, attentiveness: number, solved: string, comment: string | null, submittedAt: string }> | null, attachments: Array<{ id: string, url: string, thumbnailUrl: string, width: number, height: number }> | null };

export const AppealStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<AppealStatusFieldsFragment, unknown>;
export const VoterAppealSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterAppealSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealStatusFields"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<VoterAppealSummaryFragment, unknown>;
export const TimelineStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]} as unknown as DocumentNode<TimelineStepFieldsFragment, unknown>;
export const AppealFeedbackFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"promptness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"attentiveness"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<AppealFeedbackFieldsFragment, unknown>;
export const AppealPhotoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealPhotoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealPhoto"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]} as unknown as DocumentNode<AppealPhotoFieldsFragment, unknown>;
export const AppealPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealPhotoFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"promptness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"attentiveness"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealPhotoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealPhoto"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]} as unknown as DocumentNode<AppealPageFieldsFragment, unknown>;
export const VoterAppealDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterAppealDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealStatusFields"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealPageFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"promptness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"attentiveness"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealPhotoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealPhoto"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealPhotoFields"}}]}}]}}]} as unknown as DocumentNode<VoterAppealDetailsFragment, unknown>;
export const VoterCommandResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealCommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}}]}}]} as unknown as DocumentNode<VoterCommandResultFragment, unknown>;
export const VoterPersonalDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterPersonalData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyPersonalData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readerRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"appealId"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}}]}}]}}]} as unknown as DocumentNode<VoterPersonalDataFragment, unknown>;
export const VoterDeputyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterDeputy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deputy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"territoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"responsiveness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseHours"}}]}}]}}]} as unknown as DocumentNode<VoterDeputyFragment, unknown>;
export const MyAppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAppeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAppeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterAppealSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterAppealSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealStatusFields"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}}]}}]} as unknown as DocumentNode<MyAppealsQuery, MyAppealsQueryVariables>;
export const AppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterAppealDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"promptness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"attentiveness"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealPhotoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealPhoto"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealPhotoFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterAppealDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealStatusFields"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealPageFields"}}]}}]} as unknown as DocumentNode<AppealQuery, AppealQueryVariables>;
export const SubmitAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealCommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}}]}}]} as unknown as DocumentNode<SubmitAppealMutation, SubmitAppealMutationVariables>;
export const ProvideClarificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvideClarification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provideClarification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealCommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}}]}}]} as unknown as DocumentNode<ProvideClarificationMutation, ProvideClarificationMutationVariables>;
export const SubmitFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealCommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}}]}}]} as unknown as DocumentNode<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const ReopenAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealCommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}}]}}]} as unknown as DocumentNode<ReopenAppealMutation, ReopenAppealMutationVariables>;
export const WithdrawAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealCommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}}]}}]} as unknown as DocumentNode<WithdrawAppealMutation, WithdrawAppealMutationVariables>;
export const MyPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPersonalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPersonalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterPersonalData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterPersonalData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyPersonalData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readerRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"appealId"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}}]}}]}}]} as unknown as DocumentNode<MyPersonalDataQuery, MyPersonalDataQueryVariables>;
export const UpdateMyPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyPersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyPersonalDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyPersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterPersonalData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterPersonalData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyPersonalData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readerRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"appealId"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateMyPersonalDataMutation, UpdateMyPersonalDataMutationVariables>;
export const EraseMyPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseMyPersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseMyPersonalDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseMyPersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterPersonalData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterPersonalData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyPersonalData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readerRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"appealId"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}}]}}]}}]} as unknown as DocumentNode<EraseMyPersonalDataMutation, EraseMyPersonalDataMutationVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameRu"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const DeputiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deputies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deputies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoterDeputy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoterDeputy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deputy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"territoryIds"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"responsiveness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstResponseHours"}}]}}]}}]} as unknown as DocumentNode<DeputiesQuery, DeputiesQueryVariables>;
export const AppealSubmissionRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealSubmissionRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealSubmissionRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxPhotos"}},{"kind":"Field","name":{"kind":"Name","value":"maxPhotoBytes"}},{"kind":"Field","name":{"kind":"Name","value":"photoTypes"}},{"kind":"Field","name":{"kind":"Name","value":"maxSubjectLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxTextLength"}}]}}]}}]} as unknown as DocumentNode<AppealSubmissionRulesQuery, AppealSubmissionRulesQueryVariables>;