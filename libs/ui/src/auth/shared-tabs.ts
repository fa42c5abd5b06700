/**
 * What the tabs of one web app in one browser share besides the signed-in user (which oidc-client-ts keeps
 * in localStorage): a lock, so that one tab at a time spends the single-use refresh token, and word of what
 * another tab did to the stored user.
 */
export type SharedTabs = Readonly<{
  /** Runs `task` while no other tab of the app runs one; where the browser has no Web Locks, just runs it. */
  exclusive: (task: () => Promise<void>) => Promise<void>;
  /** Calls `changed` when another tab stores the app's user or removes it; `expired`: removed because the session ended. */
  onOtherTab: (changed: (expired: boolean) => void) => void;
  /** Tells the other tabs, before this one removes the user, whether the session ended or the user signed out. */
  ending: (expired: boolean) => void;
  /**
   * True when this tab opens the app afresh with no other tab of it open and was not open before (not a
   * reload, not a duplicate): the browser, or every tab of the app, was closed since the last sign-in.
   * From then on this tab counts as open for the tabs that come after it.
   */
  freshStart: () => Promise<boolean>;
}>;

/**
 * The tabs of the app whose localStorage keys start with `prefix` (the three apps share one origin, so
 * the prefix names the app): a Web Lock of that name, and the `storage` events of its user key.
 */
export function browserTabs(prefix: string): SharedTabs {
  const userKey = `${prefix}user:`; // oidc-client-ts adds `user:<authority>:<client id>`
  const endedKey = `${prefix}ended`;
  const lockName = `${prefix}renewal`;
  const openLockName = `${prefix}open`;
  const openedKey = `${prefix}opened`;
  return {
    // Web Locks exist only in secure contexts (https, localhost); elsewhere tabs may still renew at once.
    exclusive: (task) => ('locks' in navigator ? navigator.locks.request(lockName, task) : task()),
    onOtherTab: (changed) => {
      const expired = (): boolean => window.localStorage.getItem(endedKey) === 'expired';
      window.addEventListener('storage', (event) => {
        if (event.storageArea !== window.localStorage) return;
        if (event.key === null)
          changed(false); // the whole storage cleared
        else if (event.key.startsWith(userKey)) changed(expired());
      });
      // Back from the back/forward cache: what the other tabs did meanwhile was not heard.
      window.addEventListener('pageshow', (event) => {
        if (event.persisted) changed(expired());
      });
    },
    ending: (expired) => window.localStorage.setItem(endedKey, expired ? 'expired' : 'signedOut'),
    freshStart: async () => {
      // sessionStorage lives as long as the tab (a reload or a duplicate keeps it); localStorage outlives the browser.
      const reopened = window.sessionStorage.getItem(openedKey) !== null;
      window.sessionStorage.setItem(openedKey, 'yes');
      if (!('locks' in navigator)) return false; // cannot tell whether other tabs are open: keep the sign-in
      const others = ((await navigator.locks.query()).held ?? []).some((lock) => lock.name === openLockName);
      // Held, shared, until this tab closes: how the tabs that come later know one is open.
      void navigator.locks.request(openLockName, { mode: 'shared' }, () => new Promise<void>(() => undefined));
      return !reopened && !others;
    },
  };
}
