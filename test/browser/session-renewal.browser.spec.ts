import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type RunningApi, startApi } from '@test/running-api';
import { launchChromium, screenshotAtWidths, seriousAxeViolations, VIEWPORTS } from './chromium';
import { signIn, signInFromPrompt } from './responder-support';

/** DEV_ACCESS_TOKEN_TTL for this file: access tokens last 20 s, so the test can outlive one. */
const LIFETIME_SECONDS = 20;

type StoredUser = { access_token: string; refresh_token?: string; expires_at: number };

/**
 * Silent token renewal in the voter portal, in Chromium against the built app with short-lived access
 * tokens: a signed-in page keeps working past the token's lifetime (the refresh token renews it), and when
 * the session ends at the identity provider the page says so in plain words and offers to sign in again.
 */
describe('a signed-in session past the access token lifetime, in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** HTTP statuses of the refresh token grants the page made. */
  const renewals: number[] = [];

  beforeAll(async () => {
    browser = await launchChromium(); // first: a missing browser fails at once, with the fix in the message
    api = await startApi({ DEV_ACCESS_TOKEN_TTL: String(LIFETIME_SECONDS) });
    context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU', reducedMotion: 'reduce', baseURL: api.base });
    // The provider's stock sign-out page imports a web font from the internet, which this machine cannot reach.
    await context.route(/^https:\/\/fonts\.googleapis\.com\//, (route) => route.abort());
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('response', (response) => {
      if (response.url().endsWith('/oidc/token') && response.request().postData()?.includes('grant_type=refresh_token')) renewals.push(response.status());
    });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
  });

  /** The user oidc-client-ts keeps in this tab's sessionStorage. */
  const storedUser = async (): Promise<StoredUser> => {
    const stored = await page.evaluate<string | null>(
      `(() => { const key = Object.keys(sessionStorage).find((name) => name.startsWith('appeals.voter.user:')); return key ? sessionStorage.getItem(key) : null; })()`,
    );
    if (!stored) throw new Error('no signed-in user in sessionStorage');
    return JSON.parse(stored) as StoredUser;
  };

  it('keeps a signed-in page working past the token lifetime, renewing the token unnoticed', async () => {
    await signIn(page, '/appeals', 'voter1');
    await page.getByRole('heading', { level: 1, name: 'Мои обращения' }).waitFor();
    const first = await storedUser();
    expect(first.refresh_token).toEqual(expect.any(String));
    expect(first.expires_at * 1000 - Date.now()).toBeLessThanOrEqual(LIFETIME_SECONDS * 1000);

    // Past the first token's lifetime and the API's 5 s leeway for clock skew: the API refuses that token.
    await page.waitForTimeout(first.expires_at * 1000 - Date.now() + 7_000);
    const stale = await api.graphql('{ me { id } }', { token: first.access_token });
    expect(stale.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // The page still loads the voter's own data, with a renewed token, and never asked to sign in.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои данные' }).click();
    await page.getByRole('heading', { level: 1, name: 'Мои данные' }).waitFor();
    await page.getByRole('heading', { name: 'Кто просматривал ваши данные' }).waitFor();
    expect(await page.getByTestId('sign-in').count()).toBe(0);
    const current = await storedUser();
    expect(current.access_token).not.toBe(first.access_token);
    expect(current.refresh_token).not.toBe(first.refresh_token); // rotated on each use
    expect(renewals.length).toBeGreaterThanOrEqual(1);
    expect(renewals.every((status) => status === 200)).toBe(true);

    await page.reload(); // the renewed sign-in is the tab's, across reloads
    await page.getByRole('heading', { name: 'Кто просматривал ваши данные' }).waitFor();
    await page.getByTestId('user-menu').waitFor();
  });

  it('says the session has ended, in plain words, once the provider has ended it, and signs in again', async () => {
    // Signed out at the provider from another tab (as a sign-out elsewhere or the provider's own timeout would).
    const other = await context.newPage();
    await other.goto('/oidc/session/end');
    await other.getByRole('button', { name: 'Yes, sign me out' }).click();
    await other.waitForURL(/\/oidc\/session\/end\/success/);
    await other.close();

    // The next renewal is refused: the page asks to sign in again, and no raw error shows.
    await page.getByText('Сеанс завершился, поэтому мы попросим вас войти снова.').waitFor({ timeout: (LIFETIME_SECONDS + 10) * 1000 });
    await page.getByRole('heading', { level: 1, name: 'Войдите, чтобы продолжить' }).waitFor();
    expect(renewals.at(-1)).toBe(400);
    expect(await page.locator('body').innerText()).not.toMatch(/invalid_grant|refresh token|Error/i);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotAtWidths(page, 'voter-session-ended');

    await signInFromPrompt(page, 'voter1');
    await page.waitForURL(/\/personal-data$/); // back where the session ended
    await page.getByRole('heading', { name: 'Кто просматривал ваши данные' }).waitFor();
  });
});
