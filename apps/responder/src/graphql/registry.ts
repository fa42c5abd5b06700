import { graphql } from '../gql';

export const DEPUTIES_QUERY = graphql(`
  query ResponderDeputies($regionCode: String!) {
    deputies(regionCode: $regionCode) {
      id
      fullName
      district
      regionCode
    }
  }
`);

export const DEPUTY_QUERY = graphql(`
  query ResponderDeputy($id: ID!) {
    deputy(id: $id) {
      id
      fullName
      district
      regionCode
    }
  }
`);
