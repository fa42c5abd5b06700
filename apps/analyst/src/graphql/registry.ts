import { gql, type TypedDocumentNode } from '@apollo/client';

export type Region = Readonly<{ code: string; nameRu: string; nameEn: string; timeZone: string }>;

export const REGIONS_QUERY: TypedDocumentNode<{ regions: readonly Region[] }, Record<string, never>> = gql`
  query AnalystRegions {
    regions {
      code
      nameRu
      nameEn
      timeZone
    }
  }
`;
