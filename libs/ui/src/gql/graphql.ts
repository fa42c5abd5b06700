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

export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'ASSISTANT'
  | 'DEPUTY'
  | 'MODERATOR'
  | 'VOTER';

export type AppealStatusFieldsFragment = { status: AppealStatus, overdue: boolean };

export type TimelineStepFieldsFragment = { type: string, at: string, text: string | null, reason: string | null, deputyId: string | null, dueAt: string | null };

export type AppealFeedbackFieldsFragment = { answerNumber: number, promptness: number, quality: number, attentiveness: number, solved: string, comment: string | null, submittedAt: string };

export type AppealPhotoFieldsFragment = { id: string, url: string, thumbnailUrl: string, width: number, height: number };

export type AppealPageFieldsFragment = { open: boolean, allowedActions: Array<AppealActionKind>, text: string, answeredAt: string | null, closedAt: string | null, extended: boolean, extensionReason: string | null, answerCount: number, timeline: Array<{ type: string, at: string, text: string | null, reason: string | null, deputyId: string | null, dueAt: string | null }> | null, feedback: Array<{ answerNumber: number, promptness: number, quality: number, attentiveness: number, solved: string, comment: string | null, submittedAt: string }> | null, attachments: Array<{ id: string, url: string, thumbnailUrl: string, width: number, height: number }> | null };

export type TerritoriesQueryVariables = Exact<{
  regionCode: string;
}>;


export type TerritoriesQuery = { territories: Array<{ id: string, regionCode: string, nameRu: string, nameEn: string }> };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ id: string, parentId: string | null, nameRu: string, nameEn: string, keywords: Array<string> }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: Role, name: string | null, deputyId: string | null, regions: Array<string> } };

export const AppealStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<AppealStatusFieldsFragment, unknown>;
export const TimelineStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]} as unknown as DocumentNode<TimelineStepFieldsFragment, unknown>;
export const AppealFeedbackFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"promptness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"attentiveness"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<AppealFeedbackFieldsFragment, unknown>;
export const AppealPhotoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealPhotoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealPhoto"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]} as unknown as DocumentNode<AppealPhotoFieldsFragment, unknown>;
export const AppealPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealPhotoFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"promptness"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"attentiveness"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealPhotoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealPhoto"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]} as unknown as DocumentNode<AppealPageFieldsFragment, unknown>;
export const TerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Territories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameRu"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<TerritoriesQuery, TerritoriesQueryVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"nameRu"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"deputyId"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;