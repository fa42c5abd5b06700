import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '@app/identity/oidc/demo-accounts';
import { type RunningApi, startApi } from '@test/running-api';
import { launchChromium, newPersonPage, screenshotAtWidths, seriousAxeViolations } from './chromium';
import { chooseOption, graphqlOk, projectionsCaughtUp, signIn, submitAppeal } from './responder-support';

/** Every visible text node of the page, and the texts of labels a screen reader reads (aria-label, placeholder, title, alt). */
const PAGE_TEXTS = `(() => {
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const element = node.parentElement;
    if (text && element && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden') texts.push(text);
  }
  for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = (element.getAttribute(name) || '').trim();
      if (value) texts.push(value);
    }
  }
  return texts;
})()`;
const CYRILLIC = /[А-Яа-яЁё]/;
/** What i18next shows for a text it lacks in every language: the key itself (`forward.title`, `ui:auth.signIn`), or a placeholder left unfilled. */
const MISSING_TEXT = /^([a-z][A-Za-z]*:)?[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)+$|\{\{|\}\}/;

/**
 * The three web apps in English, in Chromium: the language is switched in each app's header, then the main
 * pages of a voter, a deputy, a ЦУР moderator and an analyst must show English. A text missing from the
 * English resources would fall back to Russian or show its key; so, once the data the page shows (people's
 * names, the voter's own words) is taken out, no Russian and no key may be left. Screenshots of some pages.
 */
describe('the web apps in English, in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const subject = 'Не горит фонарь во дворе дома 7 на улице Малышева';
  let appealId = '';
  /** Russian that is data, not interface: names of people and places as registered, and what the voter wrote. */
  let data: string[] = [];
  /** The user menu's avatar: the initials of the signed-in person's name. */
  const initials = new Set(
    DEMO_ACCOUNTS.map((account) =>
      account.name
        .split(/\s+/)
        .map((word) => word[0])
        .join(''),
    ),
  );

  beforeAll(async () => {
    browser = await launchChromium();
    api = await startApi();
    const deputyId = (await graphqlOk<{ me: { deputyId: string } }>(api, await api.token('deputy1'), '{ me { deputyId } }')).me.deputyId;
    appealId = await submitAppeal(api, await api.token('voter1'), deputyId, subject);
    const { deputies } = await graphqlOk<{ deputies: Array<{ fullName: string; district: string | null }> }>(
      api,
      await api.token('voter1'),
      '{ deputies(regionCode: "66") { fullName district } }',
    );
    data = [
      `${subject}: просим разобраться.`, // the text submitAppeal writes
      subject,
      ...deputies.flatMap((deputy) => [deputy.fullName, deputy.district ?? '']),
      ...DEMO_ACCOUNTS.map((account) => account.name),
    ]
      .filter(Boolean)
      .sort((a, b) => b.length - a.length); // the longest first, so a subject is not cut out of its text
    await projectionsCaughtUp(api.base);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.stop();
  });

  const newPage = (): Promise<Page> => newPersonPage(browser, api.base, contexts);

  /** Switches to English with the header's language control, as a user would. */
  async function switchToEnglish(page: Page): Promise<void> {
    await page.getByRole('banner').getByText('ENG', { exact: true }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  }

  /** The page as it is now shows English only, apart from data, and no text is missing. */
  async function expectEnglish(page: Page): Promise<void> {
    const texts = await page.evaluate<string[]>(PAGE_TEXTS);
    expect(texts.length).toBeGreaterThan(0);
    const interfaceTexts = texts
      .filter((text) => !initials.has(text))
      .map((text) => data.reduce((rest, value) => rest.replaceAll(value, ''), text));
    expect(interfaceTexts.filter((text) => CYRILLIC.test(text))).toEqual([]);
    expect(texts.filter((text) => MISSING_TEXT.test(text))).toEqual([]);
  }

  it('shows the voter portal in English: start page, my appeals, an appeal, a new appeal, my data', async () => {
    const page = await newPage();
    await page.goto('/');
    await switchToEnglish(page);
    await page.getByRole('heading', { level: 1, name: 'Write to your deputy' }).waitFor();
    const body = page.locator('body');
    await chooseOption(page, body, 'Region', 'Sverdlovsk Oblast (66)', 'Sverdl');
    await chooseOption(page, body, 'City or district', 'Yekaterinburg', 'Yekat');
    await page.getByText('Кузнецова Ольга Викторовна').waitFor();
    await expectEnglish(page);
    await screenshotAtWidths(page, 'english-voter-home');

    await signIn(page, '/appeals', 'voter1');
    await page.getByRole('heading', { level: 1, name: 'My appeals' }).waitFor();
    await page.getByRole('link', { name: subject }).waitFor();
    await expectEnglish(page);

    await page.getByRole('link', { name: subject }).click();
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await page.getByTestId('appeal-timeline').waitFor();
    await expectEnglish(page);
    await screenshotAtWidths(page, 'english-voter-appeal');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Write an appeal' }).click();
    await page.getByRole('heading', { level: 1, name: 'New appeal' }).waitFor();
    await page.getByTestId('submit-appeal').click(); // the messages of a form sent empty are texts too
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await expectEnglish(page);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'My data' }).click();
    await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
    await page.getByRole('heading', { name: 'Who read your details' }).waitFor();
    await expectEnglish(page);

    await page.goto('/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectEnglish(page);
  });

  it('shows the responder app in English to a deputy: the inbox, an appeal with its actions, the rating', async () => {
    const page = await newPage();
    await signIn(page, '/responder/', 'deputy1');
    await switchToEnglish(page);
    await page.getByRole('heading', { level: 1, name: 'Appeals' }).waitFor();
    await page.getByRole('link', { name: subject }).waitFor();
    await expectEnglish(page);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await screenshotAtWidths(page, 'english-responder-inbox');

    await page.getByRole('link', { name: subject }).click();
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await page.getByRole('button', { name: 'Forward', exact: true }).first().click();
    await page.getByTestId('forward-form').getByText('An authority', { exact: true }).waitFor();
    await expectEnglish(page);
    await screenshotAtWidths(page, 'english-responder-appeal');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'My rating' }).click();
    await page.getByRole('heading', { level: 1, name: 'My rating' }).waitFor();
    await page
      .getByText(/Loading/)
      .first()
      .waitFor({ state: 'detached' });
    await expectEnglish(page);
  });

  it('shows the moderation queue and a moderator’s actions in English', async () => {
    const page = await newPage();
    await signIn(page, '/responder/', 'moderator1');
    await switchToEnglish(page);
    await page.getByRole('heading', { level: 1, name: 'Moderation queue' }).waitFor();
    await page.getByText('All open', { exact: true }).click();
    await page.getByRole('link', { name: subject }).waitFor();
    await expectEnglish(page);

    await page.goto(`/responder/appeals/${appealId}`);
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await page.getByRole('button', { name: 'Change the topic', exact: true }).first().click();
    await page.getByTestId('recategorize-form').waitFor();
    await page
      .getByTestId('fact-category')
      .filter({ hasText: /^Roads$/ })
      .waitFor();
    await expectEnglish(page);
  });

  it('shows the analyst dashboard in English: ratings, analytics, regions and the method', async () => {
    const page = await newPage();
    await signIn(page, '/analyst/', 'analyst1');
    await switchToEnglish(page);
    for (const [link, heading] of [
      ['Ratings', 'Deputy ratings'],
      ['Analytics', 'Regional analytics'],
      ['Regions', 'Regions'],
      ['Method', 'How the rating is computed'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page
        .getByText(/Loading/)
        .first()
        .waitFor({ state: 'detached' });
      await expectEnglish(page);
    }
    await screenshotAtWidths(page, 'english-analyst-method');
  });
});
