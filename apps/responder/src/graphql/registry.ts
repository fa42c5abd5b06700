import { gql, type TypedDocumentNode } from '@apollo/client';

export type Deputy = Readonly<{ id: string; fullName: string; district: string | null; regionCode: string }>;

export const DEPUTIES_QUERY: TypedDocumentNode<{ deputies: Deputy[] }, { regionCode: string }> = gql`
  query ResponderDeputies($regionCode: String!) {
    deputies(regionCode: $regionCode) {
      id
      fullName
      district
      regionCode
    }
  }
`;

export const DEPUTY_QUERY: TypedDocumentNode<{ deputy: Deputy }, { id: string }> = gql`
  query ResponderDeputy($id: ID!) {
    deputy(id: $id) {
      id
      fullName
      district
      regionCode
    }
  }
`;
