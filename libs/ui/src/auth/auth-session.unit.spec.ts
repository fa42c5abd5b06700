import { ErrorResponse, User, type UserManager } from 'oidc-client-ts';
import { AuthSession } from './auth-session';
import { ProviderUnreachableError } from './provider-unreachable-error';
import type { SharedTabs } from './shared-tabs';

/** The part of oidc-client-ts's UserManager that AuthSession uses, with the provider's answers scripted. */
class FakeUserManager {
  user: User | null;
  readonly renewals = jest.fn<Promise<User>, []>();
  private readonly loaded: Array<(user: User) => void> = [];
  private readonly unloaded: Array<() => void> = [];
  private readonly expired: Array<() => void> = [];
  readonly events = {
    addUserLoaded: (callback: (user: User) => void) => this.loaded.push(callback),
    addUserUnloaded: (callback: () => void) => this.unloaded.push(callback),
    addAccessTokenExpired: (callback: () => void) => this.expired.push(callback),
  };

  constructor(user: User | null) {
    this.user = user;
  }

  getUser = async (): Promise<User | null> => this.user;
  removeUser = async (): Promise<void> => {
    this.user = null;
    for (const callback of this.unloaded) callback();
  };
  /** The library forgets the user, then leaves for the provider (not followed here). */
  signoutRedirect = async (): Promise<void> => this.removeUser();
  signinSilent = async (): Promise<User> => {
    const user = await this.renewals();
    this.user = user;
    for (const callback of this.loaded) callback(user);
    return user;
  };
  /** What the library's expiry timer does once the access token has run out. */
  raiseExpired(): void {
    for (const callback of this.expired) callback();
  }
}

/** The app's other tabs in the same browser: the lock they share, and the storage events of what they do to the stored user. */
class FakeTabs implements SharedTabs {
  private queue: Promise<void> = Promise.resolve();
  private readonly listeners: Array<(expired: boolean) => void> = [];
  readonly endings: boolean[] = [];

  /** One task at a time, in the order asked, like a Web Lock. */
  exclusive = (task: () => Promise<void>): Promise<void> => {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  };
  onOtherTab = (changed: (expired: boolean) => void): void => void this.listeners.push(changed);
  ending = (expired: boolean): void => void this.endings.push(expired);
  /** Whether the app opens as after closing the browser (no tab of it open, not a reload). */
  fresh = false;
  freshStart = (): Promise<boolean> => Promise.resolve(this.fresh);

  /** Another tab takes the lock and keeps it until `release` is called. */
  holdLock(): () => void {
    let release: () => void = () => undefined;
    void this.exclusive(() => new Promise<void>((resolve) => (release = resolve)));
    return () => release();
  }
  /** The storage event of another tab's change to the stored user. */
  otherTabChanged(expired = false): void {
    for (const listener of this.listeners) listener(expired);
  }
}

const user = (
  accessToken: string,
  lifetimeSeconds: number,
  refreshToken: string | undefined = `refresh-${accessToken}`,
  sub = 'voter1',
): User =>
  new User({
    access_token: accessToken,
    token_type: 'Bearer',
    refresh_token: refreshToken,
    expires_at: Math.floor(Date.now() / 1000) + lifetimeSeconds,
    profile: { sub, iss: 'http://localhost/oidc', aud: 'appeals-web', exp: 0, iat: 0 },
  });

describe('AuthSession renewing the access token', () => {
  let manager: FakeUserManager;
  let tabs: FakeTabs;
  let session: AuthSession;
  const start = async (signedIn: User | null) => {
    manager = new FakeUserManager(signedIn);
    tabs = new FakeTabs();
    session = new AuthSession(manager as unknown as UserManager, tabs);
    await session.restore();
  };
  /** Lets the promises of a renewal settle. */
  const settle = () => jest.advanceTimersByTimeAsync(0);

  beforeEach(() => {
    jest.useFakeTimers();
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('renews a minute before the token runs out, or at two thirds of a shorter lifetime, and stays signed in', async () => {
    await start(user('first', 3600));
    manager.renewals.mockImplementationOnce(async () => user('second', 30));
    await jest.advanceTimersByTimeAsync(3539_000);
    expect(manager.renewals).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(manager.renewals).toHaveBeenCalledTimes(1);
    expect(await session.accessToken()).toBe('second');

    manager.renewals.mockImplementationOnce(async () => user('third', 30));
    await jest.advanceTimersByTimeAsync(20_000); // 30 s lifetime: renewed after 20
    expect(manager.renewals).toHaveBeenCalledTimes(2);
    expect(session.getSnapshot()).toMatchObject({ status: 'signedIn', user: { access_token: 'third' } });
  });

  it('spends the single-use refresh token once when the timer and the expiry ask together', async () => {
    await start(user('first', 30));
    let answer: (renewed: User) => void = () => undefined;
    manager.renewals.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    await jest.advanceTimersByTimeAsync(20_000); // the renewal starts, and the provider is slow to answer
    await jest.advanceTimersByTimeAsync(11_000);
    manager.raiseExpired(); // the token has run out meanwhile
    const token = session.accessToken(); // a request waits for the renewal
    answer(user('second', 30));
    await settle();
    expect(manager.renewals).toHaveBeenCalledTimes(1);
    await expect(token).resolves.toBe('second');
  });

  it('ends the session, to say so on the sign-in prompt, when the provider refuses the refresh token', async () => {
    await start(user('first', 30));
    manager.renewals.mockRejectedValueOnce(new ErrorResponse({ error: 'invalid_grant', error_description: 'grant request is invalid' }));
    await jest.advanceTimersByTimeAsync(20_000);
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', expired: true });
    expect(manager.user).toBeNull();
  });

  it('tries again while the token still works when the provider cannot be reached', async () => {
    await start(user('first', 30));
    manager.renewals.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockImplementationOnce(async () => user('second', 30));
    await jest.advanceTimersByTimeAsync(20_000);
    expect(session.getSnapshot()).toMatchObject({ status: 'signedIn', user: { access_token: 'first' } });
    await jest.advanceTimersByTimeAsync(5_000);
    expect(manager.renewals).toHaveBeenCalledTimes(2);
    expect(session.getSnapshot()).toMatchObject({ status: 'signedIn', user: { access_token: 'second' } });
  });

  it('keeps the session when the token ran out offline: requests fail as a network problem until renewal gets through', async () => {
    await start(user('first', 30));
    manager.renewals.mockRejectedValue(new TypeError('Failed to fetch'));
    await jest.advanceTimersByTimeAsync(40_000);
    await expect(session.accessToken()).rejects.toThrow(ProviderUnreachableError);
    expect(session.getSnapshot()).toMatchObject({ status: 'signedIn', user: { access_token: 'first' } });
    manager.renewals.mockReset().mockImplementationOnce(async () => user('second', 30));
    await jest.advanceTimersByTimeAsync(5_000);
    await expect(session.accessToken()).resolves.toBe('second');
  });

  it.each([
    ['signs out', (ended: AuthSession) => ended.signOut(), { status: 'signedOut', expired: false }],
    ['is told the session has ended', (ended: AuthSession) => ended.expire(), { status: 'signedOut', expired: true }],
  ] as const)('stays signed out when a renewal answers after the user %s', async (_when, end, signedOut) => {
    await start(user('first', 30));
    let answer: (renewed: User) => void = () => undefined;
    manager.renewals.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    await jest.advanceTimersByTimeAsync(20_000); // the renewal starts, and the provider is slow to answer
    await end(session);
    answer(user('second', 30));
    await settle();
    expect(session.getSnapshot()).toEqual(signedOut);
    expect(tabs.endings).toEqual([signedOut.expired]); // the other tabs are told why, and follow
    expect(manager.user).toBeNull();
    await expect(session.accessToken()).resolves.toBeNull();
    await jest.advanceTimersByTimeAsync(60_000); // nor is the late token renewed
    expect(manager.renewals).toHaveBeenCalledTimes(1);
  });

  it('renews a token that ran out while the tab was closed, or says the session has ended without a refresh token', async () => {
    const stale = user('first', 30);
    jest.advanceTimersByTime(60_000);
    manager = new FakeUserManager(stale);
    manager.renewals.mockImplementationOnce(async () => user('second', 30));
    session = new AuthSession(manager as unknown as UserManager, new FakeTabs());
    await session.restore();
    expect(session.getSnapshot()).toMatchObject({ status: 'signedIn', user: { access_token: 'second' } });

    const withoutRefresh = user('first', 30, '');
    jest.advanceTimersByTime(60_000);
    await start(withoutRefresh);
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', expired: true });
  });

  it('takes the token another tab renewed while this one waited for the lock, spending no refresh token', async () => {
    await start(user('first', 30));
    const release = tabs.holdLock(); // another tab is renewing the same token
    await jest.advanceTimersByTimeAsync(20_000); // this tab's renewal is due too, and waits for the lock
    manager.user = user('second', 30); // the other tab stores what it got, before this tab hears of it
    release();
    await settle();
    expect(manager.renewals).not.toHaveBeenCalled();
    expect(session.getSnapshot()).toMatchObject({ status: 'signedIn', user: { access_token: 'second' } });
    await expect(session.accessToken()).resolves.toBe('second');

    manager.renewals.mockImplementationOnce(async () => user('third', 30));
    await jest.advanceTimersByTimeAsync(20_000); // the token taken over is renewed in its turn
    expect(manager.renewals).toHaveBeenCalledTimes(1);
    expect(session.getSnapshot()).toMatchObject({ status: 'signedIn', user: { access_token: 'third' } });
  });

  it('follows a renewal in another tab, renewing when the new token is due rather than the old one', async () => {
    await start(user('first', 30));
    await jest.advanceTimersByTimeAsync(15_000);
    manager.user = user('second', 30);
    tabs.otherTabChanged();
    await settle();
    expect(session.getSnapshot()).toMatchObject({ status: 'signedIn', user: { access_token: 'second' } });
    await jest.advanceTimersByTimeAsync(10_000); // past the first token's renewal time
    expect(manager.renewals).not.toHaveBeenCalled();
    manager.renewals.mockImplementationOnce(async () => user('third', 30));
    await jest.advanceTimersByTimeAsync(10_000); // 20 s after the second token was stored
    expect(manager.renewals).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['signed out', false],
    ['was told the session has ended', true],
  ] as const)('signs out with another tab that %s, and renews nothing afterwards', async (_what, expired) => {
    await start(user('first', 30));
    manager.user = null;
    tabs.otherTabChanged(expired);
    await settle();
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', expired });
    await expect(session.accessToken()).resolves.toBeNull();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(manager.renewals).not.toHaveBeenCalled();
    expect(tabs.endings).toEqual([]); // the other tab has told the rest already
  });

  it('forgets a sign-in the browser kept when the app opens afresh (the browser was closed since)', async () => {
    manager = new FakeUserManager(user('first', 3600));
    tabs = new FakeTabs();
    tabs.fresh = true;
    session = new AuthSession(manager as unknown as UserManager, tabs);
    await session.restore();
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', expired: false });
    expect(manager.user).toBeNull();
  });

  it('passes through "signed out" when another tab signs in someone else, so nothing of the first stays', async () => {
    await start(user('first', 3600));
    const seen: string[] = [];
    session.subscribe(() => {
      const state = session.getSnapshot();
      seen.push(state.status === 'signedIn' ? `signedIn ${state.user.profile.sub}` : state.status);
    });
    manager.user = user('other', 3600, undefined, 'voter2');
    tabs.otherTabChanged();
    await settle();
    expect(seen).toEqual(['signedOut', 'signedIn voter2']);
  });

  it('signs in with another tab', async () => {
    await start(null);
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', expired: false });
    manager.user = user('first', 30);
    tabs.otherTabChanged();
    await settle();
    expect(session.getSnapshot()).toMatchObject({ status: 'signedIn', user: { access_token: 'first' } });
    await expect(session.accessToken()).resolves.toBe('first');
  });
});
