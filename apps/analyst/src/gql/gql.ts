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
    "\n  fragment AnalystCellFields on AnalyticsCell {\n    key\n    nameRu\n    nameEn\n    suppressed\n    submitted\n    answered\n    resolved\n    overdue\n    backlog\n    medianResponseHours\n    satisfaction\n    feedback\n  }\n": typeof types.AnalystCellFieldsFragmentDoc,
    "\n  query AnalystRegionalAnalytics($regionCode: String!, $from: String!, $to: String!, $groupBy: AnalyticsGroupBy!) {\n    regionalAnalytics(regionCode: $regionCode, from: $from, to: $to, groupBy: $groupBy) {\n      regionCode\n      from\n      to\n      groupBy\n      k\n      cells {\n        ...AnalystCellFields\n      }\n      total {\n        ...AnalystCellFields\n      }\n    }\n  }\n": typeof types.AnalystRegionalAnalyticsDocument,
    "\n  query AnalystRegionsOverview($from: String!, $to: String!) {\n    regionsOverview(from: $from, to: $to) {\n      from\n      to\n      k\n      regions {\n        ...AnalystCellFields\n      }\n      total {\n        ...AnalystCellFields\n      }\n    }\n  }\n": typeof types.AnalystRegionsOverviewDocument,
    "\n  fragment AnalystRateFields on RateFigure {\n    successes\n    total\n    rate\n    interval {\n      low\n      high\n    }\n    shrunk\n  }\n": typeof types.AnalystRateFieldsFragmentDoc,
    "\n  fragment AnalystMeanFields on MeanFigure {\n    count\n    mean\n    shrunk\n    interval {\n      low\n      high\n    }\n  }\n": typeof types.AnalystMeanFieldsFragmentDoc,
    "\n  fragment AnalystRatingFields on DeputyRating {\n    deputyId\n    fullName\n    regionCode\n    ranked\n    rank\n    score\n    received\n    answered\n    medianFirstResponseHours\n    answeredShare {\n      ...AnalystRateFields\n    }\n    deadlineCompliance {\n      ...AnalystRateFields\n    }\n    firstResponseOnTarget {\n      ...AnalystRateFields\n    }\n    resolutionRate {\n      ...AnalystRateFields\n    }\n    reopenRate {\n      ...AnalystRateFields\n    }\n    promptness {\n      ...AnalystMeanFields\n    }\n    quality {\n      ...AnalystMeanFields\n    }\n    attentiveness {\n      ...AnalystMeanFields\n    }\n    feedback\n    distinctVoters\n    effectiveVoters\n    flags\n    breakdown {\n      key\n      weight\n      value\n      points\n    }\n  }\n": typeof types.AnalystRatingFieldsFragmentDoc,
    "\n  fragment AnalystRatingMethod on RatingMethodInfo {\n    minimumAnswered\n    ratePriorWeight\n    scorePriorWeight\n    weights {\n      key\n      weight\n    }\n  }\n": typeof types.AnalystRatingMethodFragmentDoc,
    "\n  query AnalystDeputyRatings($regionCode: String!, $asOf: String) {\n    deputyRatings(regionCode: $regionCode, asOf: $asOf) {\n      regionCode\n      asOf\n      ranked {\n        ...AnalystRatingFields\n      }\n      belowMinimumSample {\n        ...AnalystRatingFields\n      }\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n": typeof types.AnalystDeputyRatingsDocument,
    "\n  query AnalystRatingMethod($regionCode: String!) {\n    deputyRatings(regionCode: $regionCode, first: 0) {\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n": typeof types.AnalystRatingMethodDocument,
    "\n  query AnalystDeputyRating($deputyId: ID!, $asOf: String) {\n    deputyRating(deputyId: $deputyId, asOf: $asOf) {\n      asOf\n      rating {\n        ...AnalystRatingFields\n      }\n      trend {\n        month\n        asOf\n        score\n        ranked\n        rank\n        answered\n      }\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n": typeof types.AnalystDeputyRatingDocument,
    "\n  query AnalystRegions {\n    regions {\n      code\n      nameRu\n      nameEn\n      timeZone\n    }\n  }\n": typeof types.AnalystRegionsDocument,
};
const documents: Documents = {
    "\n  fragment AnalystCellFields on AnalyticsCell {\n    key\n    nameRu\n    nameEn\n    suppressed\n    submitted\n    answered\n    resolved\n    overdue\n    backlog\n    medianResponseHours\n    satisfaction\n    feedback\n  }\n": types.AnalystCellFieldsFragmentDoc,
    "\n  query AnalystRegionalAnalytics($regionCode: String!, $from: String!, $to: String!, $groupBy: AnalyticsGroupBy!) {\n    regionalAnalytics(regionCode: $regionCode, from: $from, to: $to, groupBy: $groupBy) {\n      regionCode\n      from\n      to\n      groupBy\n      k\n      cells {\n        ...AnalystCellFields\n      }\n      total {\n        ...AnalystCellFields\n      }\n    }\n  }\n": types.AnalystRegionalAnalyticsDocument,
    "\n  query AnalystRegionsOverview($from: String!, $to: String!) {\n    regionsOverview(from: $from, to: $to) {\n      from\n      to\n      k\n      regions {\n        ...AnalystCellFields\n      }\n      total {\n        ...AnalystCellFields\n      }\n    }\n  }\n": types.AnalystRegionsOverviewDocument,
    "\n  fragment AnalystRateFields on RateFigure {\n    successes\n    total\n    rate\n    interval {\n      low\n      high\n    }\n    shrunk\n  }\n": types.AnalystRateFieldsFragmentDoc,
    "\n  fragment AnalystMeanFields on MeanFigure {\n    count\n    mean\n    shrunk\n    interval {\n      low\n      high\n    }\n  }\n": types.AnalystMeanFieldsFragmentDoc,
    "\n  fragment AnalystRatingFields on DeputyRating {\n    deputyId\n    fullName\n    regionCode\n    ranked\n    rank\n    score\n    received\n    answered\n    medianFirstResponseHours\n    answeredShare {\n      ...AnalystRateFields\n    }\n    deadlineCompliance {\n      ...AnalystRateFields\n    }\n    firstResponseOnTarget {\n      ...AnalystRateFields\n    }\n    resolutionRate {\n      ...AnalystRateFields\n    }\n    reopenRate {\n      ...AnalystRateFields\n    }\n    promptness {\n      ...AnalystMeanFields\n    }\n    quality {\n      ...AnalystMeanFields\n    }\n    attentiveness {\n      ...AnalystMeanFields\n    }\n    feedback\n    distinctVoters\n    effectiveVoters\n    flags\n    breakdown {\n      key\n      weight\n      value\n      points\n    }\n  }\n": types.AnalystRatingFieldsFragmentDoc,
    "\n  fragment AnalystRatingMethod on RatingMethodInfo {\n    minimumAnswered\n    ratePriorWeight\n    scorePriorWeight\n    weights {\n      key\n      weight\n    }\n  }\n": types.AnalystRatingMethodFragmentDoc,
    "\n  query AnalystDeputyRatings($regionCode: String!, $asOf: String) {\n    deputyRatings(regionCode: $regionCode, asOf: $asOf) {\n      regionCode\n      asOf\n      ranked {\n        ...AnalystRatingFields\n      }\n      belowMinimumSample {\n        ...AnalystRatingFields\n      }\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n": types.AnalystDeputyRatingsDocument,
    "\n  query AnalystRatingMethod($regionCode: String!) {\n    deputyRatings(regionCode: $regionCode, first: 0) {\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n": types.AnalystRatingMethodDocument,
    "\n  query AnalystDeputyRating($deputyId: ID!, $asOf: String) {\n    deputyRating(deputyId: $deputyId, asOf: $asOf) {\n      asOf\n      rating {\n        ...AnalystRatingFields\n      }\n      trend {\n        month\n        asOf\n        score\n        ranked\n        rank\n        answered\n      }\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n": types.AnalystDeputyRatingDocument,
    "\n  query AnalystRegions {\n    regions {\n      code\n      nameRu\n      nameEn\n      timeZone\n    }\n  }\n": types.AnalystRegionsDocument,
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
export function graphql(source: "\n  fragment AnalystCellFields on AnalyticsCell {\n    key\n    nameRu\n    nameEn\n    suppressed\n    submitted\n    answered\n    resolved\n    overdue\n    backlog\n    medianResponseHours\n    satisfaction\n    feedback\n  }\n"): (typeof documents)["\n  fragment AnalystCellFields on AnalyticsCell {\n    key\n    nameRu\n    nameEn\n    suppressed\n    submitted\n    answered\n    resolved\n    overdue\n    backlog\n    medianResponseHours\n    satisfaction\n    feedback\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystRegionalAnalytics($regionCode: String!, $from: String!, $to: String!, $groupBy: AnalyticsGroupBy!) {\n    regionalAnalytics(regionCode: $regionCode, from: $from, to: $to, groupBy: $groupBy) {\n      regionCode\n      from\n      to\n      groupBy\n      k\n      cells {\n        ...AnalystCellFields\n      }\n      total {\n        ...AnalystCellFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalystRegionalAnalytics($regionCode: String!, $from: String!, $to: String!, $groupBy: AnalyticsGroupBy!) {\n    regionalAnalytics(regionCode: $regionCode, from: $from, to: $to, groupBy: $groupBy) {\n      regionCode\n      from\n      to\n      groupBy\n      k\n      cells {\n        ...AnalystCellFields\n      }\n      total {\n        ...AnalystCellFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystRegionsOverview($from: String!, $to: String!) {\n    regionsOverview(from: $from, to: $to) {\n      from\n      to\n      k\n      regions {\n        ...AnalystCellFields\n      }\n      total {\n        ...AnalystCellFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalystRegionsOverview($from: String!, $to: String!) {\n    regionsOverview(from: $from, to: $to) {\n      from\n      to\n      k\n      regions {\n        ...AnalystCellFields\n      }\n      total {\n        ...AnalystCellFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalystRateFields on RateFigure {\n    successes\n    total\n    rate\n    interval {\n      low\n      high\n    }\n    shrunk\n  }\n"): (typeof documents)["\n  fragment AnalystRateFields on RateFigure {\n    successes\n    total\n    rate\n    interval {\n      low\n      high\n    }\n    shrunk\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalystMeanFields on MeanFigure {\n    count\n    mean\n    shrunk\n    interval {\n      low\n      high\n    }\n  }\n"): (typeof documents)["\n  fragment AnalystMeanFields on MeanFigure {\n    count\n    mean\n    shrunk\n    interval {\n      low\n      high\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalystRatingFields on DeputyRating {\n    deputyId\n    fullName\n    regionCode\n    ranked\n    rank\n    score\n    received\n    answered\n    medianFirstResponseHours\n    answeredShare {\n      ...AnalystRateFields\n    }\n    deadlineCompliance {\n      ...AnalystRateFields\n    }\n    firstResponseOnTarget {\n      ...AnalystRateFields\n    }\n    resolutionRate {\n      ...AnalystRateFields\n    }\n    reopenRate {\n      ...AnalystRateFields\n    }\n    promptness {\n      ...AnalystMeanFields\n    }\n    quality {\n      ...AnalystMeanFields\n    }\n    attentiveness {\n      ...AnalystMeanFields\n    }\n    feedback\n    distinctVoters\n    effectiveVoters\n    flags\n    breakdown {\n      key\n      weight\n      value\n      points\n    }\n  }\n"): (typeof documents)["\n  fragment AnalystRatingFields on DeputyRating {\n    deputyId\n    fullName\n    regionCode\n    ranked\n    rank\n    score\n    received\n    answered\n    medianFirstResponseHours\n    answeredShare {\n      ...AnalystRateFields\n    }\n    deadlineCompliance {\n      ...AnalystRateFields\n    }\n    firstResponseOnTarget {\n      ...AnalystRateFields\n    }\n    resolutionRate {\n      ...AnalystRateFields\n    }\n    reopenRate {\n      ...AnalystRateFields\n    }\n    promptness {\n      ...AnalystMeanFields\n    }\n    quality {\n      ...AnalystMeanFields\n    }\n    attentiveness {\n      ...AnalystMeanFields\n    }\n    feedback\n    distinctVoters\n    effectiveVoters\n    flags\n    breakdown {\n      key\n      weight\n      value\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalystRatingMethod on RatingMethodInfo {\n    minimumAnswered\n    ratePriorWeight\n    scorePriorWeight\n    weights {\n      key\n      weight\n    }\n  }\n"): (typeof documents)["\n  fragment AnalystRatingMethod on RatingMethodInfo {\n    minimumAnswered\n    ratePriorWeight\n    scorePriorWeight\n    weights {\n      key\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystDeputyRatings($regionCode: String!, $asOf: String) {\n    deputyRatings(regionCode: $regionCode, asOf: $asOf) {\n      regionCode\n      asOf\n      ranked {\n        ...AnalystRatingFields\n      }\n      belowMinimumSample {\n        ...AnalystRatingFields\n      }\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalystDeputyRatings($regionCode: String!, $asOf: String) {\n    deputyRatings(regionCode: $regionCode, asOf: $asOf) {\n      regionCode\n      asOf\n      ranked {\n        ...AnalystRatingFields\n      }\n      belowMinimumSample {\n        ...AnalystRatingFields\n      }\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystRatingMethod($regionCode: String!) {\n    deputyRatings(regionCode: $regionCode, first: 0) {\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalystRatingMethod($regionCode: String!) {\n    deputyRatings(regionCode: $regionCode, first: 0) {\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystDeputyRating($deputyId: ID!, $asOf: String) {\n    deputyRating(deputyId: $deputyId, asOf: $asOf) {\n      asOf\n      rating {\n        ...AnalystRatingFields\n      }\n      trend {\n        month\n        asOf\n        score\n        ranked\n        rank\n        answered\n      }\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalystDeputyRating($deputyId: ID!, $asOf: String) {\n    deputyRating(deputyId: $deputyId, asOf: $asOf) {\n      asOf\n      rating {\n        ...AnalystRatingFields\n      }\n      trend {\n        month\n        asOf\n        score\n        ranked\n        rank\n        answered\n      }\n      method {\n        ...AnalystRatingMethod\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystRegions {\n    regions {\n      code\n      nameRu\n      nameEn\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query AnalystRegions {\n    regions {\n      code\n      nameRu\n      nameEn\n      timeZone\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;