import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Interval } from '../shared/figures';

export type RatingComponentKey = 'ANSWERED' | 'DEADLINE' | 'FIRST_RESPONSE' | 'RESOLUTION' | 'NOT_REOPENED' | 'SATISFACTION';
export const RATING_COMPONENTS: readonly RatingComponentKey[] = [
  'ANSWERED',
  'DEADLINE',
  'FIRST_RESPONSE',
  'RESOLUTION',
  'NOT_REOPENED',
  'SATISFACTION',
];
export type RatingFlag = 'BELOW_MINIMUM_SAMPLE' | 'FEW_DISTINCT_VOTERS' | 'NO_FEEDBACK';

export type RateFigure = Readonly<{ successes: number; total: number; rate: number | null; interval: Interval | null; shrunk: number }>;
export type MeanFigure = Readonly<{ count: number; mean: number | null; shrunk: number; interval: Interval }>;
export type ScoreComponent = Readonly<{ key: RatingComponentKey; weight: number; value: number; points: number }>;

export type DeputyRating = Readonly<{
  deputyId: string;
  fullName: string;
  regionCode: string;
  ranked: boolean;
  rank: number | null;
  score: number;
  received: number;
  answered: number;
  medianFirstResponseHours: number | null;
  answeredShare: RateFigure;
  deadlineCompliance: RateFigure;
  firstResponseOnTarget: RateFigure;
  resolutionRate: RateFigure;
  reopenRate: RateFigure;
  promptness: MeanFigure;
  quality: MeanFigure;
  attentiveness: MeanFigure;
  feedback: number;
  distinctVoters: number;
  effectiveVoters: number;
  flags: readonly RatingFlag[];
  breakdown: readonly ScoreComponent[];
}>;

export type RatingMethod = Readonly<{
  minimumAnswered: number;
  ratePriorWeight: number;
  scorePriorWeight: number;
  weights: readonly Readonly<{ key: RatingComponentKey; weight: number }>[];
}>;

const RATING_FIELDS = gql`
  fragment AnalystRateFields on RateFigure {
    successes
    total
    rate
    interval {
      low
      high
    }
    shrunk
  }

  fragment AnalystMeanFields on MeanFigure {
    count
    mean
    shrunk
    interval {
      low
      high
    }
  }

  fragment AnalystRatingFields on DeputyRating {
    deputyId
    fullName
    regionCode
    ranked
    rank
    score
    received
    answered
    medianFirstResponseHours
    answeredShare {
      ...AnalystRateFields
    }
    deadlineCompliance {
      ...AnalystRateFields
    }
    firstResponseOnTarget {
      ...AnalystRateFields
    }
    resolutionRate {
      ...AnalystRateFields
    }
    reopenRate {
      ...AnalystRateFields
    }
    promptness {
      ...AnalystMeanFields
    }
    quality {
      ...AnalystMeanFields
    }
    attentiveness {
      ...AnalystMeanFields
    }
    feedback
    distinctVoters
    effectiveVoters
    flags
    breakdown {
      key
      weight
      value
      points
    }
  }
`;

const METHOD_FIELDS = gql`
  fragment AnalystRatingMethod on RatingMethodInfo {
    minimumAnswered
    ratePriorWeight
    scorePriorWeight
    weights {
      key
      weight
    }
  }
`;

export type DeputyRatingsData = {
  deputyRatings: Readonly<{
    regionCode: string;
    asOf: string;
    ranked: readonly DeputyRating[];
    belowMinimumSample: readonly DeputyRating[];
    method: RatingMethod;
  }>;
};

export const DEPUTY_RATINGS_QUERY: TypedDocumentNode<DeputyRatingsData, { regionCode: string; asOf: string | null }> = gql`
  query AnalystDeputyRatings($regionCode: String!, $asOf: String) {
    deputyRatings(regionCode: $regionCode, asOf: $asOf) {
      regionCode
      asOf
      ranked {
        ...AnalystRatingFields
      }
      belowMinimumSample {
        ...AnalystRatingFields
      }
      method {
        ...AnalystRatingMethod
      }
    }
  }
  ${RATING_FIELDS}
  ${METHOD_FIELDS}
`;

/** The method only (the same for every region): no deputy's figures are asked for. */
export const RATING_METHOD_QUERY: TypedDocumentNode<{ deputyRatings: Readonly<{ method: RatingMethod }> }, { regionCode: string }> = gql`
  query AnalystRatingMethod($regionCode: String!) {
    deputyRatings(regionCode: $regionCode, first: 0) {
      method {
        ...AnalystRatingMethod
      }
    }
  }
  ${METHOD_FIELDS}
`;

export type TrendPoint = Readonly<{ month: string; asOf: string; score: number; ranked: boolean; rank: number | null; answered: number }>;

export type DeputyRatingData = {
  deputyRating: Readonly<{ asOf: string; rating: DeputyRating; trend: readonly TrendPoint[]; method: RatingMethod }>;
};

export const DEPUTY_RATING_QUERY: TypedDocumentNode<DeputyRatingData, { deputyId: string; asOf: string | null }> = gql`
  query AnalystDeputyRating($deputyId: ID!, $asOf: String) {
    deputyRating(deputyId: $deputyId, asOf: $asOf) {
      asOf
      rating {
        ...AnalystRatingFields
      }
      trend {
        month
        asOf
        score
        ranked
        rank
        answered
      }
      method {
        ...AnalystRatingMethod
      }
    }
  }
  ${RATING_FIELDS}
  ${METHOD_FIELDS}
`;
