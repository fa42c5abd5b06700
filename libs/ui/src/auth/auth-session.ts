import { ErrorResponse, type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '../config/app-config';
import { ProviderUnreachableError } from './provider-unreachable-error';
import { browserTabs, type SharedTabs } from './shared-tabs';

export type AuthState =
  Readonly<{ status: 'loading' }> | Readonly<{ status: 'signedOut'; expired: boolean }> | Readonly<{ status: 'signedIn'; user: User }>;

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

/**
 * The signed-in user of one web app: sign-in with the authorisation code flow and PKCE (oidc-client-ts),
 * access tokens for the API's resource indicator, silent renewal with the refresh token while the
 * provider's session lasts, and sign-out at the provider. All tabs of the app in one browser share the
 * session: one stored user, renewed by one tab at a time, and a sign-in, renewal or sign-out in one tab is
 * followed by the others. React reads it through `useAuth` (a store for useSyncExternalStore); Apollo asks
 * it for the token of each request.
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

  constructor(
    private readonly manager: UserManager,
    private readonly tabs: SharedTabs,
  ) {
    manager.events.addUserLoaded((user) => {
      if (this.renewalGeneration !== undefined && this.renewalGeneration !== this.generation) return; // removed again in renewWith
      this.signedIn(user);
    });
    manager.events.addUserUnloaded(() => {
      clearTimeout(this.renewalTimer);
      // Already signed out (by expire, or a late renewal's user removed again): keep whether the session expired.
      if (this.state.status !== 'signedOut') this.set({ status: 'signedOut', expired: false });
    });
    // Normally renewed before this; after the computer slept through the lifetime, renew now.
    manager.events.addAccessTokenExpired(() => void this.renew());
    tabs.onOtherTab((expired) => void this.follow(expired));
  }

  /** `basePath` is the app's base ("/", "/responder/"): its callback is `<base>callback`. */
  static create(config: AppConfig, basePath: string, appName: string): AuthSession {
    const appUrl = `${window.location.origin}${basePath}`;
    // The apps share one origin and one client id: the prefix keeps each app's user (and lock) its own.
    const prefix = `appeals.${appName}.`;
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
        // Renewal is done here, one at a time across tabs (see renew): the library's timer and the expiry
        // handling, or two tabs, could each spend the same rotated refresh token, and a provider revokes a
        // sign-in whose refresh token is used twice. No silent_redirect_uri, so never a hidden iframe: without
        // a refresh token the user is asked to sign in again when the access token runs out.
        automaticSilentRenew: false,
        // A renewal holds the tabs' lock: a request hanging on a dead connection must not hold it for long.
        requestTimeoutInSeconds: 15,
        // One user for all tabs of the app (a duplicated tab must not hold its own copy of the refresh token).
        userStore: new WebStorageStateStore({ prefix, store: window.localStorage }),
      }),
      browserTabs(prefix),
    );
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AuthState => this.state;

  /** Picks up the user stored by another tab or an earlier page load, renewing a token that ran out meanwhile. */
  async restore(): Promise<void> {
    // A sign-in does not outlast the browser: on a shared computer the next person must not find the last
    // voter signed in. Kept while any tab of the app stays open, and across reloads.
    if (await this.tabs.freshStart()) await this.manager.removeUser();
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
    this.tabs.ending(false);
    await this.manager.signoutRedirect();
  }

  /** The session has ended (the token was refused, or could not be renewed): forget it, and say so on the sign-in prompt. */
  async expire(): Promise<void> {
    if (this.state.status === 'signedOut') return;
    this.ended();
    this.tabs.ending(true);
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
   * A new access token with the refresh token (oidc-client-ts `signinSilent`), one renewal at a time in this
   * tab and, under a Web Lock, across the app's tabs: the refresh token is single-use. A token another tab
   * renewed meanwhile is taken instead. A refusal by the provider means its session has ended; no answer at
   * all (offline, or just woken from sleep) is tried again every few seconds, also once the token has run out.
   */
  private renew(): Promise<void> {
    this.renewal ??= this.renewOnce().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  private async renewOnce(): Promise<void> {
    const generation = this.generation;
    // The token this tab set out to renew; a different one stored once the lock is ours was renewed by another tab.
    const due = this.state.status === 'signedIn' ? this.state.user.access_token : (await this.manager.getUser())?.access_token;
    await this.tabs.exclusive(async () => {
      if (generation !== this.generation) return; // signed out while another tab held the lock
      const user = await this.manager.getUser();
      if (user && !user.expired && user.access_token !== due) return this.signedIn(user);
      if (!user?.refresh_token) return user?.expired ? this.expire() : undefined;
      await this.renewWith(generation);
    });
  }

  /** Spends the stored refresh token; under the lock. */
  private async renewWith(generation: number): Promise<void> {
    this.renewalGeneration = generation;
    try {
      const renewed = await this.manager.signinSilent(); // stores the new user: `signedIn` runs through userLoaded
      // Signed out or expired while the provider answered: the library has stored the user again, so take it
      // back out, unless someone has signed in since (then the stored user is theirs).
      if (generation !== this.generation && (await this.manager.getUser())?.refresh_token === renewed?.refresh_token)
        await this.manager.removeUser();
    } catch (error) {
      if (generation !== this.generation) return;
      // Signed out, or ended, in another tab meanwhile: its storage event tells this tab which.
      if (!(await this.manager.getUser())) return;
      if (error instanceof ErrorResponse) {
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

  /** Another tab stored a user (renewed, or signed in) or removed it (signed out, or the session ended): this tab follows. */
  private async follow(expired: boolean): Promise<void> {
    const user = await this.manager.getUser(); // also moves the library's expiry event to this user's token
    if (user) return this.signedIn(user);
    if (this.state.status === 'signedOut') return;
    this.ended();
    this.set({ status: 'signedOut', expired });
  }

  /** Signed out or expired: no renewal planned or running may bring the session back. */
  private ended(): void {
    this.generation += 1;
    clearTimeout(this.renewalTimer);
  }

  private signedIn(user: User): void {
    clearTimeout(this.renewalTimer);
    // Someone else signed in (in another tab): nothing of the previous person's data may stay on the page.
    if (this.state.status === 'signedIn' && this.state.user.profile.sub !== user.profile.sub)
      this.set({ status: 'signedOut', expired: false });
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
