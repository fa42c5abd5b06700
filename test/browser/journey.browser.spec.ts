import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { type RunningApi, startApi } from '@test/running-api';
import { launchChromium, VIEWPORTS } from './chromium';
import { expectStatus, graphqlOk, projectionsCaughtUp, selectInput, signIn } from './responder-support';

/**
 * The issue's journey end to end, each person in their own browser: voter1 writes to deputy1 in the voter
 * portal, deputy1 answers in the responder app, voter1 rates the answer, analyst1 sees deputy1's figures
 * move in the analyst dashboard, and moderator1 reassigns an appeal. On the app as `npm start` starts it.
 */
describe('journey: from an appeal to a rating, in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let deputyId = '';
  let appealId = '';
  let feedbackBefore = -1;
  let analyst: Page;
  let voter: Page;
  const subject = 'Яма на дороге у школы № 7';

  beforeAll(async () => {
    browser = await launchChromium();
    api = await startApi({ NODE_ENV: 'development', DEMO_APPEALS: '600' });
    await api.process.waitFor('demo data ready', 120_000);
    await projectionsCaughtUp(api.base);
    deputyId = (await graphqlOk<{ me: { deputyId: string } }>(api, await api.token('deputy1'), '{ me { deputyId } }')).me.deputyId;
  }, 180_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU', reducedMotion: 'reduce', baseURL: api.base });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }
  /** The number of ratings behind deputy1's quality figure, as the analyst's drill-down shows it. */
  const feedbackCount = async (page: Page) =>
    Number((await page.locator('[data-figure=quality] td').nth(2).innerText()).replace(/\D/g, ''));

  it('analyst1 opens deputy1’s figures before the journey', async () => {
    analyst = await newPage();
    await signIn(analyst, '/analyst/', 'analyst1');
    await analyst.goto(`/analyst/deputies/${deputyId}`);
    await analyst.locator('[data-figure=quality]').waitFor();
    feedbackBefore = await feedbackCount(analyst);
    expect(feedbackBefore).toBeGreaterThanOrEqual(0);
  });

  it('voter1 signs in and writes to deputy1', async () => {
    const page = await newPage();
    await page.goto(`/appeals/new?region=66&territory=66-ekaterinburg&deputy=${deputyId}`);
    await page.getByTestId('sign-in').click();
    await page.waitForURL(/\/oidc\/interaction\//);
    await page.getByLabel('Логин').fill('voter1');
    await page.getByLabel('Пароль').fill('demo');
    await page.getByRole('button', { name: /Войти/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Новое обращение' }).waitFor();
    // The addressee comes from the link, once the deputies of the territory have loaded.
    const addressee = selectInput(page, 'Кому адресовать');
    for (let attempt = 0; attempt < 50 && (await addressee.inputValue()) !== 'Кузнецова Ольга Викторовна'; attempt++)
      await page.waitForTimeout(200);
    expect(await addressee.inputValue()).toBe('Кузнецова Ольга Викторовна');

    await page.getByLabel('Тема', { exact: false }).first().fill(subject);
    await page.getByLabel('Текст обращения').fill('Глубокая яма на дороге у школы, асфальт разбит, дети обходят по проезжей части.');
    await page.getByTestId('category-suggestion').getByRole('button', { name: 'Выбрать' }).click();
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#555' } })
      .jpeg()
      .toBuffer();
    await page.locator('input[type=file]').setInputFiles({ name: 'яма.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Убрать яма.jpg' }).waitFor();
    await page.getByLabel(/Я согласен/).check();
    await page.getByLabel('яма.jpg загружается').waitFor({ state: 'detached' });
    await page.getByTestId('submit-appeal').click();
    await page.waitForURL(/\/appeals\/[0-9a-f-]{36}$/);
    appealId = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    voter = page; // kept for the rating below
  });

  it('deputy1 finds it in the responder inbox and answers', async () => {
    const page = await newPage();
    await signIn(page, '/responder/', 'deputy1');
    await page.getByRole('link', { name: subject }).click();
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    expect(page.url()).toContain(appealId);
    // The voter's photo, fetched with the deputy's token (the read goes into voter1's access log).
    await page.getByTestId('appeal-photos').getByRole('img', { name: 'Фото 1 из 1' }).waitFor();
    await page.getByLabel('Текст ответа').fill('Ремонт участка включён в план, яму заделают до конца месяца.');
    await page.getByRole('button', { name: 'Отправить ответ' }).click();
    await expectStatus(page, 'Есть ответ');
  });

  it('voter1 reads the answer and rates it: stars and "solved"', async () => {
    await voter.reload();
    await voter.getByTestId('appeal-answer').getByText('Ремонт участка включён в план').waitFor();
    for (const [aspect, stars] of [
      ['Быстрота', '5 звёзд'],
      ['Качество ответа', '5 звёзд'],
      ['Внимательность', '4 звезды'],
    ] as const) {
      const radio = voter.getByRole('radiogroup', { name: aspect }).getByRole('radio', { name: stars });
      await voter.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
    }
    await voter.getByRole('radio', { name: 'Да', exact: true }).check();
    await voter.getByRole('button', { name: 'Отправить оценку' }).click();
    await expectStatus(voter, 'Закрыто');
  });

  it('analyst1 sees deputy1’s figures take the new rating in', async () => {
    await projectionsCaughtUp(api.base, 30_000);
    const deadline = Date.now() + 30_000;
    let count = await feedbackCount(analyst);
    while (count !== feedbackBefore + 1 && Date.now() < deadline) {
      await analyst.reload();
      await analyst.locator('[data-figure=quality]').waitFor();
      count = await feedbackCount(analyst);
    }
    expect(count).toBe(feedbackBefore + 1);
  });

  it('moderator1 reassigns an open appeal of region 66 in the responder app', async () => {
    const page = await newPage();
    await signIn(page, '/responder/', 'moderator1');
    await page.getByRole('heading', { level: 1, name: 'Очередь ЦУР' }).waitFor();
    await page.getByText('Все открытые').click();
    const row = page
      .getByTestId('appeal-row')
      .filter({ has: page.getByText('Передано депутату') })
      .first();
    await row.getByRole('link').click();
    await page.getByRole('button', { name: 'Назначить депутата' }).click();
    const form = page.getByTestId('assign-form');
    const before = await page.getByTestId('fact-deputy').innerText();
    await selectInput(form, 'Депутат').click();
    const option = page.getByRole('option').first();
    const chosen = (await option.innerText()).replace(/\s*\(.*\)$/, '');
    await option.click();
    await form.getByLabel('Причина').fill('Перераспределение нагрузки');
    await form.getByRole('button', { name: 'Назначить' }).click();
    await page.getByTestId('fact-deputy').filter({ hasText: chosen }).waitFor();
    expect(chosen).not.toBe(before);
  });
});
