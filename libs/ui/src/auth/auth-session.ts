import { type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '../config/app-config';

export type AuthState =
  | Readonly<{ status: 'loading' }>
  | Readonly<{ status: 'signedOut'; expired: boolean }>
  | Readonly<{ status: 'signedIn'; user: User }>;

/** Carried through the identity provider and back: where to go after signing in. */
type SignInState = Readonly<{ returnTo: string }>;

const returnToOf = (state: unknown): string => {
  const returnTo = (state as Partial<SignInState> | undefined)?.returnTo;
  // Only a path inside this app: never an absolute URL handed in from outside.
  return typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
};

/**
 * The signed-in user of one web app: sign-in with the authorisation code flow and PKCE (oidc-client-ts),
 * access tokens for the API's resource indicator, and sign-out at the provider. React reads it through
 * `useAuth` (a store for useSyncExternalStore); Apollo asks it for the token of each request.
 */
export class AuthSession {
  private state: AuthState = { status: 'loading' };
  private readonly listeners = new Set<() => void>();
  private callback: Promise<string> | undefined;

  constructor(private readonly manager: UserManager) {
    manager.events.addUserLoaded((user) => this.set({ status: 'signedIn', user }));
    manager.events.addUserUnloaded(() => this.set({ status: 'signedOut', expired: false }));
    manager.events.addAccessTokenExpired(() => void this.expire());
  }

  /** `basePath` is the app's base ("/", "/responder/"): its callback is `<base>callback`. */
  static create(config: AppConfig, basePath: string, appName: string): AuthSession {
    const appUrl = `${window.location.origin}${basePath}`;
    return new AuthSession(
      new UserManager({
        authority: config.oidc.authority,
        client_id: config.oidc.clientId,
        redirect_uri: `${appUrl}callback`,
        post_logout_redirect_uri: appUrl,
        response_type: 'code',
        scope: config.oidc.scope,
        // Access tokens are for the API (RFC 8707 resource indicator), asked for at both steps of the flow.
        resource: config.oidc.resource,
        extraTokenParams: { resource: config.oidc.resource },
        // Who is signed in comes from the API's `me`; the token is not for the userinfo endpoint.
        loadUserInfo: false,
        automaticSilentRenew: false,
        userStore: new WebStorageStateStore({ prefix: `appeals.${appName}.`, store: window.sessionStorage }),
      }),
    );
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AuthState => this.state;

  /** Picks up a user stored by an earlier page load of this tab. */
  async restore(): Promise<void> {
    const user = await this.manager.getUser();
    if (user && !user.expired) return this.set({ status: 'signedIn', user });
    if (user) await this.manager.removeUser();
    this.set({ status: 'signedOut', expired: user !== null });
  }

  /** Leaves for the provider's login page; comes back to `returnTo` (a path of this app). */
  signIn(returnTo: string): Promise<void> {
    return this.manager.signinRedirect({ state: { returnTo } satisfies SignInState });
  }

  /** Completes the sign-in on the callback page, once even if asked twice; resolves with where to go. */
  completeSignIn(): Promise<string> {
    this.callback ??= this.manager.signinCallback().then((user) => returnToOf(user?.state));
    return this.callback;
  }

  /** Ends the session here and at the provider, which sends the browser back to the app's start page. */
  async signOut(): Promise<void> {
    await this.manager.signoutRedirect();
  }

  /** The token was refused or ran out: forget it, and say so on the next sign-in prompt. */
  async expire(): Promise<void> {
    if (this.state.status !== 'signedIn') return;
    await this.manager.removeUser();
    this.set({ status: 'signedOut', expired: true });
  }

  async accessToken(): Promise<string | null> {
    const user = await this.manager.getUser();
    return user && !user.expired ? user.access_token : null;
  }

  private set(state: AuthState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
