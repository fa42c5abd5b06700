import { gql, type TypedDocumentNode } from '@apollo/client';

type Named = Readonly<{ nameRu: string; nameEn: string }>;

export type Territory = Named & Readonly<{ id: string; regionCode: string }>;
export type Category = Named & Readonly<{ id: string; parentId: string | null }>;
export type Deputy = Readonly<{ id: string; fullName: string; district: string | null; regionCode: string }>;

export const TERRITORIES_QUERY: TypedDocumentNode<{ territories: Territory[] }, { regionCode: string }> = gql`
  query ResponderTerritories($regionCode: String!) {
    territories(regionCode: $regionCode) {
      id
      regionCode
      nameRu
      nameEn
    }
  }
`;

export const CATEGORIES_QUERY: TypedDocumentNode<{ categories: Category[] }, Record<string, never>> = gql`
  query ResponderCategories {
    categories {
      id
      parentId
      nameRu
      nameEn
    }
  }
`;

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
