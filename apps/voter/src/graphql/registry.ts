import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Named } from '@app/ui';

type NoVariables = Record<string, never>;

export type Region = Named & Readonly<{ code: string }>;
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
