import { gql, type TypedDocumentNode } from '@apollo/client';

type Named = Readonly<{ nameRu: string; nameEn: string }>;
type NoVariables = Record<string, never>;

export type Region = Named & Readonly<{ code: string }>;
export type Territory = Named & Readonly<{ id: string; regionCode: string }>;
export type Category = Named & Readonly<{ id: string; parentId: string | null; keywords: readonly string[] }>;
export type DeputyLevel = 'STATE_DUMA' | 'REGIONAL' | 'MUNICIPAL';
export type Deputy = Readonly<{
  id: string;
  fullName: string;
  level: DeputyLevel;
  district: string | null;
  territoryIds: readonly string[];
  verified: boolean;
  responsiveness: Readonly<{ appealsReceived: number; answered: number; answeredOnTime: number; medianFirstResponseHours: number | null }>;
}>;

export const REGIONS_QUERY: TypedDocumentNode<{ regions: Region[] }, NoVariables> = gql`
  query Regions {
    regions {
      code
      nameRu
      nameEn
    }
  }
`;

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

export const CATEGORIES_QUERY: TypedDocumentNode<{ categories: Category[] }, NoVariables> = gql`
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

export const DEPUTIES_QUERY: TypedDocumentNode<{ deputies: Deputy[] }, { regionCode: string; territoryId?: string | null }> = gql`
  query Deputies($regionCode: String!, $territoryId: ID) {
    deputies(regionCode: $regionCode, territoryId: $territoryId) {
      id
      fullName
      level
      district
      territoryIds
      verified
      responsiveness {
        appealsReceived
        answered
        answeredOnTime
        medianFirstResponseHours
      }
    }
  }
`;
