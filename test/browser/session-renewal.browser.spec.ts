import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type RunningApi, startApi } from '@test/running-api';
import { launchChromium, screenshotAtWidths, seriousAxeViolations, VIEWPORTS } from './chromium';
import { signIn, signInFromPrompt } from './responder-support';

/** DEV_ACCESS_TOKEN_TTL for this file: access tokens last 20 s, so the test can outlive one. */
const LIFETIME_SECONDS = 20;

type StoredUser = { access_token: string; refresh_token?: string; expires_at: number };

/**
 * Silent token renewal in the voter portal, in Chromium against the built app with short-lived access
 * tokens: a signed-in page keeps working past the token's lifetime (the refresh token renews it), when
 * the session ends at the identity provider the page says so in plain words and offers to sign in again,
 * and two tabs share one session (renewed by one tab at a time: the refresh token is single-use).
 */
describe('a signed-in session past the access token lifetime, in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** HTTP statuses of the refresh token grants the tabs made. */
  const renewals: number[] = [];

  beforeAll(async () => {
    browser = await launchChromium(); // first: a missing browser fails at once, with the fix in the message
    api = await startApi({ DEV_ACCESS_TOKEN_TTL: String(LIFETIME_SECONDS) });
    context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU', reducedMotion: 'reduce', baseURL: api.base });
    // The provider's stock sign-out page imports a web font from the internet, which this machine cannot reach.
    await context.route(/^https:\/\/fonts\.googleapis\.com\//, (route) => route.abort());
    context.on('response', (response) => {
      if (response.url().endsWith('/oidc/token') && response.request().postData()?.includes('grant_type=refresh_token'))
        renewals.push(response.status());
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
  });

  /** The user oidc-client-ts keeps in localStorage for all tabs of the voter portal. */
  const storedUser = async (): Promise<StoredUser> => {
    const stored = await page.evaluate<string | null>(
      `(() => { const key = Object.keys(localStorage).find((name) => name.startsWith('appeals.voter.user:')); return key ? localStorage.getItem(key) : null; })()`,
    );
    if (!stored) throw new Error('no signed-in user in localStorage');
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

    await page.reload(); // the renewed sign-in is kept across reloads
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

  it('shares one session between two tabs: renewed by one tab at a time, both keep working, and a sign-out in one signs out both', async () => {
    // A link opened in a new tab is signed in already.
    const second = await context.newPage();
    second.setDefaultTimeout(15_000);
    await second.goto('/appeals');
    await second.getByRole('heading', { level: 1, name: 'Мои обращения' }).waitFor();
    await second.getByTestId('user-menu').waitFor();
    expect(await second.getByTestId('sign-in').count()).toBe(0);

    // Both tabs plan to renew the same token at the same moment; at least two renewals pass.
    const first = await storedUser();
    const before = renewals.length;
    const deadline = Date.now() + 3 * LIFETIME_SECONDS * 1000;
    while (renewals.length < before + 2 && Date.now() < deadline) await page.waitForTimeout(500);
    expect(renewals.length).toBeGreaterThanOrEqual(before + 2);
    await page.waitForTimeout(Math.max(0, first.expires_at * 1000 - Date.now() + 7_000)); // the API refuses the first token by now
    expect((await api.graphql('{ me { id } }', { token: first.access_token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A refresh token spent twice would have been refused (400), and the provider would have revoked the sign-in.
    expect(renewals.slice(before)).toEqual(renewals.slice(before).map(() => 200));

    // Both tabs still load the voter's data, with the renewed token, and neither asks to sign in.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои обращения' }).click();
    await page.getByRole('heading', { level: 1, name: 'Мои обращения' }).waitFor();
    await second.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои данные' }).click();
    await second.getByRole('heading', { name: 'Кто просматривал ваши данные' }).waitFor();
    for (const tab of [page, second]) {
      await tab.getByTestId('user-menu').waitFor();
      expect(await tab.getByTestId('sign-in').count()).toBe(0);
    }
    expect((await storedUser()).access_token).not.toBe(first.access_token);

    // Signing out in one tab signs out the other, without saying the session ended.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Выйти' }).click();
    await second.getByRole('heading', { level: 1, name: 'Войдите, чтобы продолжить' }).waitFor();
    expect(await second.getByText('Сеанс завершился, поэтому мы попросим вас войти снова.').count()).toBe(0);
    await second.close();
  });
  it('keeps the sign-in across a reload but not once every tab of the app is closed (a shared computer)', async () => {
    const tab = await context.newPage();
    tab.setDefaultTimeout(15_000);
    // The provider's session may outlive the last test's sign-out (its confirmation page was not answered).
    await tab.goto('/appeals');
    await tab.getByTestId('sign-in').click();
    await tab.waitForURL((url) => url.pathname.startsWith('/oidc/interaction/') || url.pathname === '/appeals');
    if (tab.url().includes('/oidc/interaction/')) {
      await tab.getByLabel('Логин').fill('voter1');
      await tab.getByLabel('Пароль').fill('demo');
      await tab.getByRole('button', { name: /Войти/ }).click();
    }
    await tab.getByTestId('user-menu').waitFor();
    await tab.getByRole('heading', { level: 1, name: 'Мои обращения' }).waitFor();
    await tab.reload();
    await tab.getByRole('heading', { level: 1, name: 'Мои обращения' }).waitFor();
    await tab.getByTestId('user-menu').waitFor();
    // Every tab closed, as when the browser is: the next person opening the portal is not signed in as voter1.
    await page.close();
    await tab.close();
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto('/appeals');
    await page.getByRole('heading', { level: 1, name: 'Войдите, чтобы продолжить' }).waitFor();
    expect(await page.getByText('Сеанс завершился, поэтому мы попросим вас войти снова.').count()).toBe(0);
  });
});
