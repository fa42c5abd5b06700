import { graphql } from '../gql';

export const REGIONS_QUERY = graphql(`
  query AnalystRegions {
    regions {
      code
      nameRu
      nameEn
      timeZone
    }
  }
`);
