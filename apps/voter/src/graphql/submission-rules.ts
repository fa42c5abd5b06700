import { graphql } from '../gql';

/** What a new appeal may carry: the form states these and checks them before sending. */
export const SUBMISSION_RULES_QUERY = graphql(`
  query AppealSubmissionRules {
    appealSubmissionRules {
      personalDataPolicy {
        version
        url
      }
      maxPhotos
      maxPhotoBytes
      photoTypes
      maxSubjectLength
      maxTextLength
    }
  }
`);
