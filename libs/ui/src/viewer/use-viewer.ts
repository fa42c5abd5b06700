import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useAuth } from '../auth/auth-context';

export type Role = 'VOTER' | 'DEPUTY' | 'ASSISTANT' | 'MODERATOR' | 'ANALYST' | 'ADMIN';

export type Viewer = Readonly<{ id: string; role: Role; name: string | null; deputyId: string | null; regions: readonly string[] }>;

export const ME_QUERY: TypedDocumentNode<{ me: Viewer }, Record<string, never>> = gql`
  query Me {
    me {
      id
      role
      name
      deputyId
      regions
    }
  }
`;

/** The signed-in user as the API sees them (role and scope); skipped while signed out. */
export function useViewer() {
  const auth = useAuth();
  return useQuery(ME_QUERY, { skip: auth.status !== 'signedIn', fetchPolicy: 'cache-first' });
}
