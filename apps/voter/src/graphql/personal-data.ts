import { gql, type TypedDocumentNode } from '@apollo/client';

export type PersonalDataAccess = Readonly<{ readerRole: string; purpose: string; appealId: string | null; accessedAt: string }>;
export type MyPersonalData = Readonly<{
  erased: boolean;
  name: string | null;
  contact: string | null;
  postalAddress: string | null;
  accessLog: readonly PersonalDataAccess[];
}>;

const FIELDS = `
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
`;

export const MY_PERSONAL_DATA_QUERY: TypedDocumentNode<{ myPersonalData: MyPersonalData }, Record<string, never>> = gql`
  query MyPersonalData {
    myPersonalData { ${FIELDS} }
  }
`;

export type UpdateMyPersonalDataInput = { name: string; contact?: string | null; postalAddress?: string | null; commandId?: string };

export const UPDATE_MY_PERSONAL_DATA: TypedDocumentNode<{ updateMyPersonalData: MyPersonalData }, { input: UpdateMyPersonalDataInput }> =
  gql`
  mutation UpdateMyPersonalData($input: UpdateMyPersonalDataInput!) {
    updateMyPersonalData(input: $input) { ${FIELDS} }
  }
`;

export const ERASE_MY_PERSONAL_DATA: TypedDocumentNode<
  { eraseMyPersonalData: MyPersonalData },
  { input: { confirm: boolean; commandId?: string } }
> = gql`
  mutation EraseMyPersonalData($input: EraseMyPersonalDataInput!) {
    eraseMyPersonalData(input: $input) { ${FIELDS} }
  }
`;
