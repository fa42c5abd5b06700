import { ErrorResponse, type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '../config/app-config';

export type AuthState =
  | Readonly<{ status: 'loading' }>
  | Readonly<{ status: 'signedOut'; expired: boolean }>
  | Readonly<{ status: 'signedIn'; user: User }>;

/** Carried through the identity provider and back: where to go after signing in. */
type SignInState = Readonly<{ returnTo: string }>;

/** Renew this long before the access token runs out: a minute, or a third of a shorter lifetime. */
const RENEW_AHEAD_SECONDS = 60;
/** After a renewal the provider did not answer (network down, waking from sleep): try again this soon. */
const RETRY_RENEWAL_MS = 5_000;

const returnToOf = (state: unknown): string => {
  const returnTo = (state as Partial<SignInState> | undefined)?.returnTo;
  // Only a path inside this app: never an absolute URL handed in from outside.
  return typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
};

/** The access token ran out and the identity provider could not be reached to renew it; retried meanwhile. */
export class ProviderUnreachableError extends Error {
  constructor() {
    super('The sign-in could not be renewed: the identity provider is not reachable');
    this.name = 'ProviderUnreachableError';
  }
}

/**
 * The signed-in user of one web app: sign-in with the authorisation code flow and PKCE (oidc-client-ts),
 * access tokens for the API's resource indicator, silent renewal with the refresh token while the
 * provider's session lasts, and sign-out at the provider. React reads it through `useAuth` (a store for
 * useSyncExternalStore); Apollo asks it for the token of each request.
 */
export class AuthSession {
  private state: AuthState = { status: 'loading' };
  private readonly listeners = new Set<() => void>();
  private callback: Promise<string> | undefined;
  private renewal: Promise<void> | undefined;
  private renewalTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by signing out and by expiry: a renewal started before then must not sign the user in again. */
  private generation = 0;
  /** The generation a running `signinSilent` was started in. */
  private renewalGeneration: number | undefined;

  constructor(private readonly manager: UserManager) {
    manager.events.addUserLoaded((user) => {
      if (this.renewalGeneration !== undefined && this.renewalGeneration !== this.generation) return; // removed again in renewOnce
      this.signedIn(user);
    });
    manager.events.addUserUnloaded(() => {
      clearTimeout(this.renewalTimer);
      // Already signed out (by expire, or a late renewal's user removed again): keep whether the session expired.
      if (this.state.status !== 'signedOut') this.set({ status: 'signedOut', expired: false });
    });
    // Normally renewed before this; after the computer slept through the lifetime, renew now.
    manager.events.addAccessTokenExpired(() => void this.renew());
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
        // Renewal is done here, one at a time (see renew): the library's timer and the expiry handling could
        // each spend the same rotated refresh token, and a provider revokes a sign-in whose refresh token is
        // used twice. No silent_redirect_uri, so never a hidden iframe: without a refresh token the user is
        // asked to sign in again when the access token runs out.
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

  /** Picks up a user stored by an earlier page load of this tab, renewing a token that ran out meanwhile. */
  async restore(): Promise<void> {
    const user = await this.manager.getUser();
    if (user && !user.expired) return this.signedIn(user);
    if (user) await this.renew(); // signed in again, or signed out saying the session has ended
    if (this.state.status !== 'loading') return;
    // Still stored: the provider could not be reached; renewal is being retried.
    const kept = await this.manager.getUser();
    this.set(kept ? { status: 'signedIn', user: kept } : { status: 'signedOut', expired: false });
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
    this.ended();
    await this.manager.signoutRedirect();
  }

  /** The session has ended (the token was refused, or could not be renewed): forget it, and say so on the sign-in prompt. */
  async expire(): Promise<void> {
    if (this.state.status === 'signedOut') return;
    this.ended();
    await this.manager.removeUser();
    this.set({ status: 'signedOut', expired: true });
  }

  /**
   * The access token for a request; one that has just run out is renewed first. `null` when signed out;
   * throws `ProviderUnreachableError` when the token ran out and the provider cannot be reached to renew it
   * (the session is kept and renewal retried: a network problem, not a reason to sign anyone out).
   */
  async accessToken(): Promise<string | null> {
    let user = await this.manager.getUser();
    if (user?.expired) {
      await this.renew();
      user = await this.manager.getUser();
      if (user?.expired) throw new ProviderUnreachableError();
    }
    return user ? user.access_token : null;
  }

  /**
   * A new access token with the refresh token (oidc-client-ts `signinSilent`), one renewal at a time: the
   * refresh token is single-use. A refusal by the provider means its session has ended; no answer at all
   * (offline, or just woken from sleep) is tried again every few seconds, also once the token has run out.
   */
  private renew(): Promise<void> {
    this.renewal ??= this.renewOnce().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  private async renewOnce(): Promise<void> {
    const user = await this.manager.getUser();
    if (!user?.refresh_token) return user?.expired ? this.expire() : undefined;
    const generation = this.generation;
    this.renewalGeneration = generation;
    try {
      await this.manager.signinSilent(); // stores the new user: `signedIn` runs through userLoaded
      // Signed out or expired while the provider answered: the library has stored the user again, so take it back out.
      if (generation !== this.generation) await this.manager.removeUser();
    } catch (error) {
      if (generation !== this.generation) return;
      const current = await this.manager.getUser();
      if (error instanceof ErrorResponse || !current) {
        console.warn('token renewal refused; the session has ended', error); // for developers; the page says it plainly
        return this.expire();
      }
      console.warn('token renewal failed; trying again', error);
      clearTimeout(this.renewalTimer);
      this.renewalTimer = setTimeout(() => void this.renew(), RETRY_RENEWAL_MS);
    } finally {
      this.renewalGeneration = undefined;
    }
  }

  /** Signed out or expired: no renewal planned or running may bring the session back. */
  private ended(): void {
    this.generation += 1;
    clearTimeout(this.renewalTimer);
  }

  private signedIn(user: User): void {
    clearTimeout(this.renewalTimer);
    const left = user.expires_in;
    if (user.refresh_token && left !== undefined) {
      const ahead = Math.min(RENEW_AHEAD_SECONDS, left / 3);
      this.renewalTimer = setTimeout(() => void this.renew(), Math.max(0, left - ahead) * 1000);
    }
    this.set({ status: 'signedIn', user });
  }

  private set(state: AuthState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
