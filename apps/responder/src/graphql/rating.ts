import { graphql } from '../gql';

/** The deputy's own rating, as their rating page shows it. */
export const OWN_RATING_QUERY = graphql(`
  query OwnRating($deputyId: ID!) {
    deputyRating(deputyId: $deputyId) {
      asOf
      method {
        minimumAnswered
      }
      rating {
        fullName
        ranked
        rank
        score
        received
        answered
        feedback
        flags
        answeredShare {
          successes
          total
          rate
        }
        deadlineCompliance {
          successes
          total
          rate
        }
        resolutionRate {
          successes
          total
          rate
        }
        promptness {
          count
          mean
        }
        quality {
          count
          mean
        }
        attentiveness {
          count
          mean
        }
        breakdown {
          key
          weight
          value
          points
        }
      }
      trend {
        month
        score
        rank
        ranked
        answered
      }
    }
  }
`);

export const RECEIVED_FEEDBACK_QUERY = graphql(`
  query ReceivedFeedback($first: Int) {
    receivedFeedback(first: $first) {
      totalCount
      items {
        appealId
        subject
        answerNumber
        promptness
        quality
        attentiveness
        solved
        comment
        submittedAt
      }
    }
  }
`);
