import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { type RunningApi, startApi } from '@test/running-api';
import { launchChromium, newPersonPage, screenshotAtWidths, seriousAxeViolations } from './chromium';
import { chooseOption, expectStatus, graphqlOk, projectionsCaughtUp, signIn, submitAppeal } from './responder-support';

/**
 * Where an appeal goes, in the responder app in Chromium against the built app: deputy1 forwards one appeal
 * to another deputy of the region and one to an outside authority, and a ЦУР moderator corrects an
 * appeal's topic. voter1 writes the appeals through the API, all addressed to deputy1 (a fresh database).
 */
describe('forwarding and recategorising in the responder app, in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const deputy2 = 'Волков Сергей Андреевич'; // the other demo deputy of region 66
  const subjects = {
    toDeputy: 'Не вывозят мусор в Нижнем Тагиле, улица Ленина, 40',
    toAuthority: 'Нет горячей воды в доме 8 на улице Чкалова',
    recategorize: 'Не горит фонарь у остановки на улице Восточной',
  };
  const ids: Record<keyof typeof subjects, string> = { toDeputy: '', toAuthority: '', recategorize: '' };

  beforeAll(async () => {
    browser = await launchChromium();
    api = await startApi();
    const voter = await api.token('voter1');
    const deputyId = (await graphqlOk<{ me: { deputyId: string } }>(api, await api.token('deputy1'), '{ me { deputyId } }')).me.deputyId;
    for (const key of Object.keys(subjects) as Array<keyof typeof subjects>)
      ids[key] = await submitAppeal(api, voter, deputyId, subjects[key]);
    await projectionsCaughtUp(api.base);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.stop();
  });

  const newPage = (): Promise<Page> => newPersonPage(browser, api.base, contexts);
  const expectAccessible = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);
  /** Opens a section of the appeal's actions (an accordion item) and returns its form. */
  async function openAction(page: Page, title: string, formTestId: string): Promise<Locator> {
    await page.getByRole('button', { name: title, exact: true }).first().click();
    const form = page.getByTestId(formTestId);
    await form.waitFor();
    return form;
  }

  describe('deputy1', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage();
      await signIn(page, '/responder/', 'deputy1');
    });

    it('forwards an appeal to another deputy of the region: it leaves the inbox, saying so', async () => {
      await page.getByRole('link', { name: subjects.toDeputy }).click();
      await page.getByRole('heading', { level: 1, name: subjects.toDeputy }).waitFor();
      const form = await openAction(page, 'Перенаправить', 'forward-form');
      await form.getByRole('button', { name: 'Перенаправить' }).click();
      // Checked before sending, each next to its field.
      await form.getByText('Выберите депутата').waitFor();
      await form.getByText('Укажите причину').waitFor();

      await chooseOption(page, form, 'Депутат', deputy2, 'Волков');
      await form.getByLabel('Почему').fill('Улица Ленина в Нижнем Тагиле — округ № 12');
      await expectAccessible(page);
      await screenshotAtWidths(page, 'responder-forward');
      await form.getByRole('button', { name: 'Перенаправить' }).click();

      // No longer deputy1's: back to the inbox, without it.
      await page.getByText('Обращение перенаправлено').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Обращения' }).waitFor();
      await page.getByRole('link', { name: subjects.toAuthority }).waitFor();
      expect(await page.getByRole('link', { name: subjects.toDeputy }).count()).toBe(0);
    });

    it('forwards an appeal to an outside authority: it ends as forwarded, and can no longer be answered', async () => {
      await page.getByRole('link', { name: subjects.toAuthority }).click();
      await page.getByRole('heading', { level: 1, name: subjects.toAuthority }).waitFor();
      const form = await openAction(page, 'Перенаправить', 'forward-form');
      await form.getByText('В ведомство', { exact: true }).click();
      await form.getByRole('button', { name: 'Перенаправить' }).click();
      await form.getByText('Укажите ведомство').waitFor(); // checked before sending
      await form.getByRole('textbox', { name: 'Ведомство' }).fill('Администрация Екатеринбурга');
      await form.getByLabel('Почему').fill('Горячую воду отключила управляющая компания: это ведомство администрации');
      await expectAccessible(page);
      await form.getByRole('button', { name: 'Перенаправить' }).click();

      await expectStatus(page, 'Перенаправлено');
      await page.getByTestId('appeal-timeline').getByText('Перенаправлено', { exact: true }).waitFor();
      await page
        .getByTestId('appeal-timeline')
        .getByText(/Горячую воду отключила управляющая компания/)
        .waitFor();
      expect(await page.getByRole('button', { name: 'Отправить ответ' }).count()).toBe(0);
      expect(await page.getByTestId('forward-form').count()).toBe(0);
    });
  });

  it('shows the forwarded appeal in deputy2’s inbox, with how it got there', async () => {
    const page = await newPage();
    await signIn(page, '/responder/', 'deputy2');
    await page.getByRole('link', { name: subjects.toDeputy }).click();
    await page.getByRole('heading', { level: 1, name: subjects.toDeputy }).waitFor();
    await page.getByTestId('fact-deputy').filter({ hasText: deputy2 }).waitFor();
    const timeline = page.getByTestId('appeal-timeline');
    await timeline.getByText('Перенаправлено', { exact: true }).waitFor();
    await timeline.getByText(`Передано: ${deputy2}`).waitFor();
    await timeline.getByText('Причина: Улица Ленина в Нижнем Тагиле — округ № 12').first().waitFor();
    await page.getByRole('button', { name: 'Взять в работу' }).waitFor(); // now theirs to take up
  });

  it('lets moderator1 change an appeal’s topic; the history says the topic was refined', async () => {
    const page = await newPage();
    await signIn(page, '/responder/', 'moderator1');
    await page.getByRole('heading', { level: 1, name: 'Очередь ЦУР' }).waitFor();
    await page.goto(`/responder/appeals/${ids.recategorize}`);
    await page.getByRole('heading', { level: 1, name: subjects.recategorize }).waitFor();
    await page
      .getByTestId('fact-category')
      .filter({ hasText: /^Дороги$/ })
      .waitFor();

    const form = await openAction(page, 'Изменить тему', 'recategorize-form');
    const submit = form.getByRole('button', { name: 'Изменить тему' });
    await submit.click();
    await form.getByText('Выберите тему').waitFor(); // checked before sending
    await chooseOption(page, form, 'Новая тема', 'Дороги', 'Дороги');
    await submit.click();
    await form.getByText('Это текущая тема обращения').waitFor();

    await chooseOption(page, form, 'Новая тема', 'Благоустройство · Уличное освещение', 'Уличное');
    await expectAccessible(page);
    await screenshotAtWidths(page, 'responder-recategorize');
    await submit.click();

    await page.getByText('Тема изменена').waitFor();
    await page.getByTestId('fact-category').filter({ hasText: 'Благоустройство · Уличное освещение' }).waitFor();
    await page.getByTestId('appeal-timeline').getByText('Тема обращения уточнена').waitFor();
    await expectStatus(page, 'Передано депутату'); // the deputy and the deadline stay as they were
    const appeal = await graphqlOk<{ appeal: { categoryId: string; deputyId: string } }>(
      api,
      await api.token('deputy1'),
      `{ appeal(id: "${ids.recategorize}") { categoryId deputyId } }`,
    );
    expect(appeal.appeal.categoryId).toBe('improvement.street-lighting');
  });
});
