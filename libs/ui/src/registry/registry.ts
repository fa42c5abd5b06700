import { gql, type TypedDocumentNode } from '@apollo/client';

/** Everything in the registry has a Russian and an English name; `useLocalizedName` picks one. */
export type Named = Readonly<{ nameRu: string; nameEn: string }>;
export type Territory = Named & Readonly<{ id: string; regionCode: string }>;
/** A topic of appeals; `keywords` let the voter's form suggest one from the text. */
export type Category = Named & Readonly<{ id: string; parentId: string | null; keywords: readonly string[] }>;

export const TERRITORIES_QUERY: TypedDocumentNode<{ territories: Territory[] }, { regionCode: string }> = gql`
  query Territories($regionCode: String!) {
    territories(regionCode: $regionCode) {
      id
      regionCode
      nameRu
      nameEn
    }
  }
`;

export const CATEGORIES_QUERY: TypedDocumentNode<{ categories: Category[] }, Record<string, never>> = gql`
  query Categories {
    categories {
      id
      parentId
      nameRu
      nameEn
      keywords
    }
  }
`;
