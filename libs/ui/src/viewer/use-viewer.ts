import { useQuery } from '@apollo/client/react';
import { useAuth } from '../auth/auth-context';
import { graphql } from '../gql';

export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      role
      name
      deputyId
      regions
    }
  }
`);

/** The signed-in user as the API sees them (role and scope); skipped while signed out. */
export function useViewer() {
  const auth = useAuth();
  return useQuery(ME_QUERY, { skip: auth.status !== 'signedIn', fetchPolicy: 'cache-first' });
}
