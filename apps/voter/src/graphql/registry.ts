import { graphql } from '../gql';

export const REGIONS_QUERY = graphql(`
  query Regions {
    regions {
      code
      nameRu
      nameEn
    }
  }
`);

/** A deputy's public record and how they answer, as the deputy finder shows it. */
export const DEPUTY_FIELDS = graphql(`
  fragment VoterDeputy on Deputy {
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
`);

export const DEPUTIES_QUERY = graphql(`
  query Deputies($regionCode: String!, $territoryId: ID) {
    deputies(regionCode: $regionCode, territoryId: $territoryId) {
      ...VoterDeputy
    }
  }
`);
