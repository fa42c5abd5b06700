import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type RunningApi, startApi } from '@test/running-api';
import { launchChromium, screenshotAtWidths, seriousAxeViolations, VIEWPORTS } from './chromium';
import { chooseOption, expectStatus, graphqlOk, projectionsCaughtUp, signIn, submitAppeal } from './responder-support';

/**
 * The responder app as deputies, assistants and ЦУР moderators use it, in Chromium against the built app
 * started the way `npm start` starts it, with a little demo data (seeded, so deputy1 has an overdue appeal)
 * and a few appeals voter1 writes through the API. Each main page is checked with axe and photographed.
 */
describe('responder app in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let deputyId = '';
  let otherDeputy = { id: '', fullName: '' };
  const subjects = {
    main: 'Не горит фонарь у дома 12 на улице Мира',
    extend: 'Протекает крыша подъезда на улице Гагарина',
    reassign: 'Нужна парковка у поликлиники на улице Свердлова',
    reject: 'Купите наши окна недорого',
  };
  const ids: Record<keyof typeof subjects, string> = { main: '', extend: '', reassign: '', reject: '' };

  beforeAll(async () => {
    browser = await launchChromium();
    api = await startApi({ NODE_ENV: 'development', DEMO_APPEALS: '600' });
    await api.process.waitFor('demo data ready', 120_000);
    const voter = await api.token('voter1');
    deputyId = (await graphqlOk<{ me: { deputyId: string } }>(api, await api.token('deputy1'), '{ me { deputyId } }')).me.deputyId;
    const deputies = await graphqlOk<{ deputies: Array<{ id: string; fullName: string }> }>(
      api,
      voter,
      '{ deputies(regionCode: "66") { id fullName } }',
    );
    otherDeputy = deputies.deputies.find((deputy) => deputy.id !== deputyId)!;
    for (const key of Object.keys(subjects) as Array<keyof typeof subjects>)
      ids[key] = await submitAppeal(api, voter, deputyId, subjects[key]);
    await projectionsCaughtUp(api.base);
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
    page.setDefaultTimeout(15_000);
    return page;
  }
  const expectAccessible = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);

  describe('deputy1', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage();
    });

    it('signs in through the login page and sees the inbox: counters, filters, overdue marked, nearest due first', async () => {
      await signIn(page, '/responder/', 'deputy1');
      await page.getByRole('heading', { level: 1, name: 'Обращения' }).waitFor();
      const rows = page.getByTestId('appeal-row');
      await rows.first().waitFor();
      // Seeded demo data leaves deputy1 one open appeal past its deadline: counted, and marked in the list.
      expect(Number(await page.getByTestId('counter-overdue-value').innerText())).toBeGreaterThanOrEqual(1);
      expect(Number(await page.getByTestId('counter-ASSIGNED-value').innerText())).toBe(4);
      const overdueRow = page.locator('[data-testid=appeal-row][data-overdue=true]').first();
      await overdueRow.getByTestId('overdue-badge').waitFor();
      await expectAccessible(page);
      await screenshotAtWidths(page, 'responder-inbox');

      await page.getByTestId('counter-overdue').click();
      await expect(page.getByTestId('counter-overdue').getAttribute('aria-pressed')).resolves.toBe('true');
      await page
        .getByTestId('inbox-total')
        .filter({ hasText: /^1 обращение/ })
        .waitFor();
      expect(await page.locator('[data-testid=appeal-row][data-overdue=false]').count()).toBe(0);
      await page.getByTestId('counter-overdue').click();

      await page.getByTestId('counter-ASSIGNED').click();
      await page
        .getByTestId('inbox-total')
        .filter({ hasText: /^4 обращения/ })
        .waitFor();
      const due = await page.getByTestId('appeal-row').evaluateAll((cards) => cards.length);
      expect(due).toBe(4);
      await page.getByRole('link', { name: subjects.main }).waitFor();
    });

    it('opens an appeal, reads the voter’s contact (logged for the voter), takes it up, asks, and answers', async () => {
      await page.getByRole('link', { name: subjects.main }).click();
      await page.getByRole('heading', { level: 1, name: subjects.main }).waitFor();
      await page.getByText('Просмотр контактов записывается в журнал доступа').waitFor();
      await page.getByRole('button', { name: 'Показать контакты' }).click();
      await page.getByTestId('voter-contact').getByText('+7 900 123-45-67').waitFor();
      const log = await graphqlOk<{ myPersonalData: { accessLog: Array<{ appealId: string; readerRole: string }> } }>(
        api,
        await api.token('voter1'),
        '{ myPersonalData { accessLog { appealId readerRole } } }',
      );
      expect(log.myPersonalData.accessLog).toContainEqual({ appealId: ids.main, readerRole: 'DEPUTY' });

      await page.getByRole('button', { name: 'Взять в работу' }).click();
      await expectStatus(page, 'В работе');

      await page.getByRole('button', { name: 'Отправить ответ' }).click();
      await page.getByText('Напишите ответ: пустой ответ отправить нельзя').waitFor(); // refused before sending
      await expect(page.getByLabel('Текст ответа').getAttribute('aria-invalid')).resolves.toBe('true');
      await expectAccessible(page);
      await screenshotAtWidths(page, 'responder-appeal');

      await page.getByRole('button', { name: 'Задать уточняющий вопрос' }).click();
      await page.getByTestId('clarify-form').getByLabel('Вопрос избирателю').fill('Уточните, пожалуйста, номер опоры.');
      await page.getByTestId('clarify-form').getByRole('button', { name: 'Задать вопрос' }).click();
      await expectStatus(page, 'Нужно уточнение');
      await page.getByText('Срок приостановлен, пока избиратель отвечает на вопрос').waitFor();

      await page.getByLabel('Текст ответа').fill('Заявка передана в горсвет, фонарь заменят до конца недели.');
      await page.getByRole('button', { name: 'Отправить ответ' }).click();
      await expectStatus(page, 'Есть ответ');
      await page.getByTestId('appeal-timeline').getByText('Дан ответ').waitFor();
    });

    it('shows the server’s refusal of a second extension next to the days', async () => {
      await page.goto(`/responder/appeals/${ids.extend}`);
      await page.getByRole('button', { name: 'Продлить срок' }).click();
      const form = page.getByTestId('extend-form');
      // Meanwhile the assistant extends it: the page still offers the extension, the server refuses the second.
      await graphqlOk(
        api,
        await api.token('assistant1'),
        'mutation ($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { status } }',
        {
          input: { appealId: ids.extend, days: 10, reason: 'Нужен ответ управляющей компании' },
        },
      );
      await form.getByLabel('Причина').fill('Ждём заключения подрядчика');
      await form.getByRole('button', { name: 'Продлить срок' }).click();
      await form.getByText('Срок этого обращения уже продлевали').waitFor();
      const days = form.getByLabel('На сколько дней');
      await expect(days.getAttribute('aria-invalid')).resolves.toBe('true');
      const describedBy = (await days.getAttribute('aria-describedby')) ?? '';
      const errorIds = describedBy.split(' ').filter(Boolean);
      const texts = await Promise.all(
        errorIds.map((id) =>
          page
            .locator(`[id="${id}"]`)
            .innerText()
            .catch(() => ''),
        ),
      );
      expect(texts.join(' ')).toContain('уже продлевали');
      await expectAccessible(page);
    });

    it('shows the deputy’s own rating with its breakdown and the feedback received', async () => {
      await page.getByRole('link', { name: 'Мой рейтинг' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Мой рейтинг' }).waitFor();
      await page.getByTestId('rating-score').waitFor();
      expect(await page.getByTestId('rating-breakdown').locator('[role=progressbar]').count()).toBe(6);
      // The last twelve months as a line (ranked months filled), and the same figures as a table on request.
      const trend = page.getByTestId('rating-trend');
      await trend.locator('svg circle[data-ranked]').first().waitFor();
      expect(await trend.locator('svg circle[data-ranked]').count()).toBe(12);
      await trend.getByRole('button', { name: 'Показать данные графика таблицей' }).click();
      expect(await trend.locator('tbody tr').count()).toBe(12);
      // The feedback received: the demo voters' ratings of deputy1's answers, each linked to its appeal.
      await page.getByTestId('received-feedback-item').first().getByRole('link').waitFor();
      expect(await page.getByTestId('received-feedback-item').count()).toBe(10);
      await expectAccessible(page);
      await screenshotAtWidths(page, 'responder-rating');
    });
  });

  it('lets assistant1 work in deputy1’s inbox', async () => {
    const page = await newPage();
    await signIn(page, '/responder/', 'assistant1');
    await page.getByRole('heading', { level: 1, name: /^Обращения: / }).waitFor();
    await page.getByRole('link', { name: subjects.reassign }).waitFor();
    await page.getByRole('link', { name: subjects.main }).waitFor();
  });

  describe('moderator1', () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage();
    });

    it('sees the ЦУР queue and reassigns an appeal to another deputy of region 66', async () => {
      await signIn(page, '/responder/', 'moderator1');
      await page.getByRole('heading', { level: 1, name: 'Очередь ЦУР' }).waitFor();
      await page.getByText('Все открытые').click();
      await page.getByRole('link', { name: subjects.reassign }).waitFor();
      await expectAccessible(page);
      await screenshotAtWidths(page, 'responder-queue');

      await page.getByRole('link', { name: subjects.reassign }).click();
      await page.getByRole('heading', { level: 1, name: subjects.reassign }).waitFor();
      await page.getByRole('button', { name: 'Назначить депутата' }).click();
      const form = page.getByTestId('assign-form');
      // Checked before sending. The form re-renders once the region's deputies arrive, which can swallow a
      // click made just before: try again, a few times at most.
      for (let attempt = 1; ; attempt += 1) {
        await form.getByRole('button', { name: 'Назначить' }).click();
        const refused = await form
          .getByText('Выберите депутата')
          .waitFor({ timeout: 5_000 })
          .then(
            () => true,
            () => false,
          );
        if (refused) break;
        if (attempt === 3) throw new Error('The assign form did not refuse an empty deputy');
      }
      await chooseOption(page, form, 'Депутат', new RegExp(`^${otherDeputy.fullName}`), otherDeputy.fullName.slice(0, 6)); // the label adds the district
      await form.getByLabel('Причина').fill('Парковки у поликлиник ведёт другой депутат');
      await expectAccessible(page);
      await screenshotAtWidths(page, 'responder-moderation');
      await form.getByRole('button', { name: 'Назначить' }).click();
      await page.getByTestId('fact-deputy').filter({ hasText: otherDeputy.fullName }).waitFor();
    });

    it('rejects an appeal with a reason', async () => {
      await page.goto(`/responder/appeals/${ids.reject}`);
      await page.getByRole('button', { name: 'Отклонить' }).click();
      const form = page.getByTestId('reject-form');
      await form.getByRole('button', { name: 'Отклонить обращение' }).click();
      await form.getByText('Выберите причину').waitFor();
      await chooseOption(page, form, 'Причина', 'Спам');
      await form.getByLabel('Пояснение').fill('Реклама окон');
      await form.getByRole('button', { name: 'Отклонить обращение' }).click();
      await expectStatus(page, 'Отклонено');
    });
  });
});
