import { graphql } from '../gql';

/** A share with its interval. */
export const RATE_FIELDS = graphql(`
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
`);

/** A mean on the 1–5 scale with its interval. */
export const MEAN_FIELDS = graphql(`
  fragment AnalystMeanFields on MeanFigure {
    count
    mean
    shrunk
    interval {
      low
      high
    }
  }
`);

/** One deputy's rating with every figure. */
export const RATING_FIELDS = graphql(`
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
`);

/** How the score is computed (the same for every region). */
export const METHOD_FIELDS = graphql(`
  fragment AnalystRatingMethod on RatingMethodInfo {
    minimumAnswered
    ratePriorWeight
    scorePriorWeight
    weights {
      key
      weight
    }
  }
`);

export const DEPUTY_RATINGS_QUERY = graphql(`
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
`);

/** The method only (the same for every region): no deputy's figures are asked for. */
export const RATING_METHOD_QUERY = graphql(`
  query AnalystRatingMethod($regionCode: String!) {
    deputyRatings(regionCode: $regionCode, first: 0) {
      method {
        ...AnalystRatingMethod
      }
    }
  }
`);

export const DEPUTY_RATING_QUERY = graphql(`
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
`);
