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
}>;

/**
 * The tabs of the app whose localStorage keys start with `prefix` (the three apps share one origin, so
 * the prefix names the app): a Web Lock of that name, and the `storage` events of its user key.
 */
export function browserTabs(prefix: string): SharedTabs {
  const userKey = `${prefix}user:`; // oidc-client-ts adds `user:<authority>:<client id>`
  const endedKey = `${prefix}ended`;
  const lockName = `${prefix}renewal`;
  return {
    // Web Locks exist only in secure contexts (https, localhost); elsewhere tabs may still renew at once.
    exclusive: (task) => ('locks' in navigator ? navigator.locks.request(lockName, task) : task()),
    onOtherTab: (changed) =>
      window.addEventListener('storage', (event) => {
        if (event.storageArea !== window.localStorage) return;
        if (event.key === null) changed(false); // the whole storage cleared
        else if (event.key.startsWith(userKey)) changed(window.localStorage.getItem(endedKey) === 'expired');
      }),
    ending: (expired) => window.localStorage.setItem(endedKey, expired ? 'expired' : 'signedOut'),
  };
}
