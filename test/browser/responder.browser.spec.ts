import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type RunningApi, startApi } from '@test/running-api';
import { launchChromium, screenshotAtWidths, seriousAxeViolations, VIEWPORTS } from './chromium';

/** The responder app, served at /responder: sign in, see who you are and your workload, sign out. */
describe('responder app in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    api = await startApi();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU', baseURL: api.base });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterEach(async () => context?.close());
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function signIn(path: string, login: string): Promise<void> {
    await page.goto(path);
    await page.getByTestId('sign-in').click();
    await page.getByLabel('Логин').fill(login);
    await page.getByLabel('Пароль').fill('demo');
    await page.getByRole('button', { name: /Войти/ }).click();
    await page.waitForURL(new RegExp(`${path.replace(/\/$/, '')}/?$`)); // the router writes the app's root without the slash
  }

  it('shows a deputy who is signed in and their current appeals, and signs them out', async () => {
    await signIn('/responder/', 'deputy1');
    await expect(page.getByTestId('signed-in-name').textContent()).resolves.toBe('Ольга Кузнецова');
    await page.getByText('Депутат', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Обращения сейчас' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotAtWidths(page, 'responder-home');

    await page.getByRole('button', { name: 'Выйти' }).click();
    // The development provider asks to confirm; a real one may not.
    await page.waitForURL(/\/oidc\/session\/end/);
    await page.getByRole('button', { name: /yes/i }).click();
    await page.waitForURL(`${api.base}/responder/`);
    await page.getByRole('heading', { name: 'Войдите, чтобы продолжить' }).waitFor();
  });

  it('tells a voter that the responder app is not theirs', async () => {
    await signIn('/responder/', 'voter1');
    await page.getByText('Этот раздел для других пользователей').waitFor();
  });
});
