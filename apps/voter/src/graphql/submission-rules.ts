import { gql, type TypedDocumentNode } from '@apollo/client';

export type SubmissionRules = Readonly<{
  personalDataPolicy: Readonly<{ version: string; url: string }>;
  maxPhotos: number;
  maxPhotoBytes: number;
  photoTypes: readonly string[];
  maxSubjectLength: number;
  maxTextLength: number;
}>;

/** What a new appeal may carry: the form states these and checks them before sending. */
export const SUBMISSION_RULES_QUERY: TypedDocumentNode<{ appealSubmissionRules: SubmissionRules }, Record<string, never>> = gql`
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
`;
