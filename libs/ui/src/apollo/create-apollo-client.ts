import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from '../errors/app-error';

export type ApolloClientOptions = Readonly<{
  uri: string;
  /** The signed-in user's access token, or null (public queries still work). */
  accessToken: () => Promise<string | null>;
  /** The API refused the token (expired or revoked): the session ends and the page asks to sign in again. */
  onUnauthenticated: () => void;
}>;

type Connection = { items: unknown[] };

/** Pages of a list (`first`/`after`) kept as one growing list per filter. */
const pagedList = (keyArgs: string[]) => ({
  keyArgs,
  merge(existing: Connection | undefined, incoming: Connection, { args }: { args: Record<string, unknown> | null }): Connection {
    return existing && args?.after ? { ...incoming, items: [...existing.items, ...incoming.items] } : incoming;
  },
});

/**
 * Apollo Client for the API: a bearer token on every request, UNAUTHENTICATED ends the session, and
 * cache keys for the schema's objects. What an error means for a page is decided in one place,
 * `toAppError` + `useErrorMessage`, never from the server's message text.
 */
export function createApolloClient({ uri, accessToken, onUnauthenticated }: ApolloClientOptions): ApolloClient {
  const auth = new SetContextLink(async (context) => {
    const token = await accessToken();
    return token ? { headers: { ...(context.headers as Record<string, string>), authorization: `Bearer ${token}` } } : {};
  });
  const errors = new ErrorLink(({ error }) => {
    if (hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        Region: { keyFields: ['code'] },
        MyPersonalData: { keyFields: [] },
        Query: {
          fields: { myAppeals: pagedList(['status']), deputyInbox: pagedList(['status', 'overdueOnly', 'categoryId', 'territoryId']) },
        },
      },
    }),
  });
}
