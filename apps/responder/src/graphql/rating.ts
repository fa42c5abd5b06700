import { gql, type TypedDocumentNode } from '@apollo/client';

export type RatingComponentKey = 'ANSWERED' | 'DEADLINE' | 'FIRST_RESPONSE' | 'RESOLUTION' | 'NOT_REOPENED' | 'SATISFACTION';
export type RatingFlag = 'BELOW_MINIMUM_SAMPLE' | 'FEW_DISTINCT_VOTERS' | 'NO_FEEDBACK';
type Rate = Readonly<{ successes: number; total: number; rate: number | null }>;
type Mean = Readonly<{ count: number; mean: number | null }>;

export type OwnRating = Readonly<{
  asOf: string;
  method: Readonly<{ minimumAnswered: number }>;
  rating: Readonly<{
    fullName: string;
    ranked: boolean;
    rank: number | null;
    score: number;
    received: number;
    answered: number;
    feedback: number;
    flags: readonly RatingFlag[];
    answeredShare: Rate;
    deadlineCompliance: Rate;
    resolutionRate: Rate;
    promptness: Mean;
    quality: Mean;
    attentiveness: Mean;
    breakdown: readonly Readonly<{ key: RatingComponentKey; weight: number; value: number; points: number }>[];
  }>;
  trend: readonly Readonly<{ month: string; score: number; rank: number | null; ranked: boolean; answered: number }>[];
}>;

export const OWN_RATING_QUERY: TypedDocumentNode<{ deputyRating: OwnRating }, { deputyId: string }> = gql`
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
`;

export type ReceivedFeedback = Readonly<{
  appealId: string;
  subject: string;
  answerNumber: number;
  promptness: number;
  quality: number;
  attentiveness: number;
  solved: string;
  comment: string | null;
  submittedAt: string;
}>;

export const RECEIVED_FEEDBACK_QUERY: TypedDocumentNode<
  { receivedFeedback: { totalCount: number; items: ReceivedFeedback[] } },
  { first?: number }
> = gql`
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
`;
