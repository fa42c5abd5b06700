import { graphql } from '../gql';

/** What the API holds of the voter, and who has read it. */
export const PERSONAL_DATA_FIELDS = graphql(`
  fragment VoterPersonalData on MyPersonalData {
    erased
    name
    contact
    postalAddress
    accessLog {
      readerRole
      purpose
      appealId
      accessedAt
    }
  }
`);

export const MY_PERSONAL_DATA_QUERY = graphql(`
  query MyPersonalData {
    myPersonalData {
      ...VoterPersonalData
    }
  }
`);

export const UPDATE_MY_PERSONAL_DATA = graphql(`
  mutation UpdateMyPersonalData($input: UpdateMyPersonalDataInput!) {
    updateMyPersonalData(input: $input) {
      ...VoterPersonalData
    }
  }
`);

export const ERASE_MY_PERSONAL_DATA = graphql(`
  mutation EraseMyPersonalData($input: EraseMyPersonalDataInput!) {
    eraseMyPersonalData(input: $input) {
      ...VoterPersonalData
    }
  }
`);
