import type { Locator, Page } from 'playwright-core';
import type { RunningApi } from '@test/running-api';

/** Signs in through the development provider's login page, starting from a page of an app. */
export async function signIn(page: Page, path: string, login: string): Promise<void> {
  await page.goto(path);
  await signInFromPrompt(page, login);
}

/** Signs in with the sign-in prompt of the page that is open; back on the page, signed in. */
export async function signInFromPrompt(page: Page, login: string): Promise<void> {
  await page.getByTestId('sign-in').click();
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill('demo');
  await page.getByRole('button', { name: /Войти/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** The input of a Mantine Select (a textbox when searchable, a combobox otherwise). */
export function selectInput(scope: Page | Locator, label: string): Locator {
  return scope
    .getByRole('textbox', { name: label })
    .or(scope.getByRole('combobox', { name: label }))
    .first();
}

/** Opens a Mantine Select inside `scope` and picks the option (typing first when the select is searchable). */
export async function chooseOption(page: Page, scope: Locator, label: string, option: string | RegExp, typed?: string): Promise<void> {
  const input = selectInput(scope, label);
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
}

/** One GraphQL call that must succeed; its data. */
export async function graphqlOk<T>(api: RunningApi, token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.graphql(query, { token, variables });
  if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** voter1 writes to deputy1 (addressed, so routing is certain) about a yard in Yekaterinburg; the appeal's id. */
export async function submitAppeal(api: RunningApi, voterToken: string, deputyId: string, subject: string): Promise<string> {
  const data = await graphqlOk<{ submitAppeal: { appealId: string } }>(
    api,
    voterToken,
    'mutation ($input: SubmitAppealInput!) { submitAppeal(input: $input) { appealId } }',
    {
      input: {
        regionCode: '66',
        territoryId: '66-ekaterinburg',
        categoryId: 'roads',
        addressedDeputyId: deputyId,
        subject,
        text: `${subject}: просим разобраться.`,
        consent: true,
        name: 'Анна Смирнова',
        contact: '+7 900 123-45-67',
      },
    },
  );
  return data.submitAppeal.appealId;
}

/** Waits until every projection has applied the log (appeals written through the API a moment ago too). */
export async function projectionsCaughtUp(base: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = (await (await fetch(`${base}/healthz`)).json()) as { projections: Array<{ caughtUp: boolean }> };
    if (health.projections.length > 0 && health.projections.every((projection) => projection.caughtUp)) return;
    if (Date.now() > deadline) throw new Error(`projections still behind after ${timeoutMs} ms: ${JSON.stringify(health.projections)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The status badge of the page shows `status` (the read model may take a moment). */
export async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('appeal-status').filter({ hasText: status }).first().waitFor();
}
