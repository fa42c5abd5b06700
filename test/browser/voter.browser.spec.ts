import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { type RunningApi, startApi } from '@test/running-api';
import { launchChromium, screenshotAtWidths, seriousAxeViolations, VIEWPORTS } from './chromium';

/**
 * The voter portal as a voter uses it, in Chromium against the built app started the way `npm start`
 * starts it: sign in through the provider's login page, send an appeal, find it in "my appeals", read its
 * history. Each main page is checked with axe and photographed at phone and desktop widths.
 */
describe('voter portal in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let appealId = '';
  const subject = 'Яма во дворе дома 5 на улице Ленина'; // a fresh database for this file: no other appeal is titled so

  beforeAll(async () => {
    browser = await launchChromium(); // first: a missing browser fails at once, with the fix in the message
    api = await startApi();
    context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU', reducedMotion: 'reduce', baseURL: api.base });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
  });

  const expectAccessible = async () => expect(await seriousAxeViolations(page)).toEqual([]);

  it('shows the start page in Russian, with the deputy finder', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Напишите своему депутату' }).waitFor();
    await chooseOption(page, 'Регион', 'Свердловская', 'Свердловская область (66)');
    await chooseOption(page, 'Город или район', 'Екатер', 'Екатеринбург');
    await page.getByText('Кузнецова Ольга Викторовна').waitFor();
    await expectAccessible();
    await screenshotAtWidths(page, 'voter-home');
  });

  it('signs voter1 in through the login page of the identity provider', async () => {
    await page.getByRole('link', { name: 'Написать обращение' }).first().click();
    await page.getByRole('heading', { name: 'Войдите, чтобы продолжить' }).waitFor();
    await expectAccessible();
    await screenshotAtWidths(page, 'voter-sign-in-prompt');

    await page.getByTestId('sign-in').click();
    await page.waitForURL(/\/oidc\/interaction\//);
    await page.getByLabel('Логин').fill('voter1');
    await page.getByLabel('Пароль').fill('demo');
    await page.getByRole('button', { name: /Войти/ }).click();

    await page.waitForURL(/\/appeals\/new$/);
    await page.getByRole('heading', { level: 1, name: 'Новое обращение' }).waitFor();
    await page.getByRole('button', { name: /Меню пользователя Анна Смирнова/ }).waitFor();
  });

  it('checks the form before sending and says what is missing next to each field', async () => {
    await page.getByTestId('submit-appeal').click();
    await page.getByText('Выберите регион').first().waitFor();
    await page.getByText('Напишите тему обращения').waitFor();
    await page.getByText('Без согласия на обработку персональных данных обращение отправить нельзя').waitFor();
    await expectAccessible();
  });

  it('sends an appeal, with the category suggested from its text', async () => {
    await chooseOption(page, 'Регион', 'Свердловская', 'Свердловская область (66)');
    await chooseOption(page, 'Город или район', 'Екатер', 'Екатеринбург');
    await page.getByLabel('Тема', { exact: false }).first().fill(subject);
    await page.getByLabel('Текст обращения').fill('Глубокая яма во дворе, асфальт разбит, машины не проезжают.');
    await page.getByTestId('category-suggestion').getByRole('button', { name: 'Выбрать' }).click();
    await expectInputValue(page, 'category-select', 'Ремонт дорог');
    // Two photos from the phone, and one format the API does not take: refused before any upload.
    const photo = (color: string) =>
      sharp({ create: { width: 1200, height: 900, channels: 3, background: color } })
        .jpeg()
        .toBuffer();
    await page.locator('input[type=file]').setInputFiles([
      { name: 'яма-1.jpg', mimeType: 'image/jpeg', buffer: await photo('#6b6b6b') },
      { name: 'яма-2.jpg', mimeType: 'image/jpeg', buffer: await photo('#8a7f70') },
      { name: 'IMG_0042.heic', mimeType: 'image/heic', buffer: Buffer.from('not decodable here') },
    ]);
    await page.getByText('«IMG_0042.heic»: такой формат не подходит', { exact: false }).waitFor();
    await page.getByTestId('chosen-photos').getByRole('img').nth(1).waitFor();
    await page.getByRole('button', { name: 'Убрать яма-2.jpg' }).waitFor();
    await page.getByLabel('яма-1.jpg загружается').waitFor({ state: 'detached' });
    await page.getByLabel('яма-2.jpg загружается').waitFor({ state: 'detached' });
    await expect(page.getByText('2 из 5').count()).resolves.toBe(1);

    const consent = page.getByLabel(/Я согласен/);
    await expect(page.getByRole('link', { name: 'политике обработки персональных данных' }).getAttribute('href')).resolves.toBe('/privacy');
    await consent.check();
    await expectAccessible();
    await screenshotAtWidths(page, 'voter-new-appeal');

    // A third photo the server no longer has when the appeal is sent (as after a day unsent): the refusal
    // takes it out of the form and says so next to the photos; the rest of the form stays as it was.
    await page.locator('input[type=file]').setInputFiles([{ name: 'яма-3.jpg', mimeType: 'image/jpeg', buffer: await photo('#504840') }]);
    await page.getByRole('button', { name: 'Убрать яма-3.jpg' }).waitFor();
    await page.getByLabel('яма-3.jpg загружается').waitFor({ state: 'detached' });
    await api.sql(
      `delete from pii_attachments where id = (select id from pii_attachments where appeal_id is null order by created_at desc limit 1)`,
    );
    await page.getByTestId('submit-appeal').click();
    await page.getByText('Часть фото больше недоступна', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Убрать яма-3.jpg' }).waitFor({ state: 'detached' });
    await expect(page.getByText('2 из 5').count()).resolves.toBe(1);
    await expectAccessible();

    await page.getByTestId('submit-appeal').click();
    await page.waitForURL(/\/appeals\/[0-9a-f-]{36}$/);
    appealId = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await expect(page.getByTestId('appeal-status').textContent()).resolves.toBe('Передано депутату');
  });

  it('lists the appeal under "my appeals" with its status and due date', async () => {
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Мои обращения' }).click();
    await page.getByRole('heading', { level: 1, name: 'Мои обращения' }).waitFor();
    const card = page.getByRole('article').filter({ hasText: subject });
    await card.waitFor();
    await expect(card.getByTestId('appeal-status').textContent()).resolves.toBe('Передано депутату');
    // 30 days after today (59-ФЗ), written out in Russian.
    const due = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(Date.now() + 30 * 86_400_000),
    );
    await expect(card.getByTestId('appeal-due').textContent()).resolves.toBe(`Ответ до ${due}`);
    await expectAccessible();
    await screenshotAtWidths(page, 'voter-my-appeals');
  });

  it('opens the appeal and shows its timeline', async () => {
    await page.getByRole('link', { name: subject }).click();
    const timeline = page.getByTestId('appeal-timeline');
    await timeline.getByText('Вы отправили обращение').waitFor();
    await timeline.getByText('Обращение передано: Кузнецова Ольга Викторовна').waitFor();
    await page.getByRole('button', { name: 'Отозвать обращение' }).waitFor();
    // The photos come back from the API (re-encoded), loaded with the voter's token: thumbnails in the list…
    const photos = page.getByTestId('appeal-photos');
    await photos.getByRole('heading', { name: 'Фото (2)' }).waitFor();
    await photos.getByRole('img', { name: 'Фото 2 из 2' }).waitFor();
    const widths = (images: Locator) =>
      images.evaluateAll((found) => found.map((image) => (image as unknown as { naturalWidth: number }).naturalWidth));
    for (let tries = 0; tries < 50 && (await widths(photos.getByRole('img'))).join() !== '640,640'; tries++) await page.waitForTimeout(100);
    await expect(widths(photos.getByRole('img'))).resolves.toEqual([640, 640]);
    await expectAccessible();
    await screenshotAtWidths(page, 'voter-appeal');
    // …and the whole photo once one is opened.
    await photos.getByRole('button', { name: /Фото 1 из 2/ }).click();
    const whole = page.getByRole('dialog').getByRole('img', { name: 'Фото 1 из 2' });
    await whole.waitFor();
    for (let tries = 0; tries < 50 && (await widths(whole)).join() !== '1200'; tries++) await page.waitForTimeout(100);
    await expect(widths(whole)).resolves.toEqual([1200]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('shows the personal data policy the consent names', async () => {
    await page.goto('/privacy');
    await page.getByRole('heading', { level: 1, name: 'Политика обработки персональных данных' }).waitFor();
    await page.getByText('Редакция от 1 ноября 2026 г.').waitFor();
    await page.getByText('Фото, которые вы загрузили, но не отправили, удаляются через сутки.').waitFor();
    await expectAccessible();
    await screenshotAtWidths(page, 'voter-privacy');
    await page.goto(`/appeals/${appealId}`);
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
  });

  it('answers the deputy’s question, then rates the answer', async () => {
    const deputy = await api.token('deputy1');
    const asDeputy = async (mutation: string, text: string) => {
      const response = await api.graphql(`mutation ($input: AppealTextInput!) { ${mutation}(input: $input) { status } }`, {
        token: deputy,
        variables: { input: { appealId, text } },
      });
      expect(response.errors).toBeUndefined();
    };

    await asDeputy('requestClarification', 'Уточните, пожалуйста, номер подъезда.');
    await page.reload();
    await page.getByTestId('clarification-question').getByText('Уточните, пожалуйста, номер подъезда.').waitFor();
    await page.getByLabel('Ваш ответ').fill('Второй подъезд, яма у самого входа.');
    await page.getByRole('button', { name: 'Отправить ответ' }).click();
    await expectStatus(page, 'В работе');

    await asDeputy('answerAppeal', 'Ремонт двора включён в план, яму заделают до 1 декабря.');
    await page.reload();
    await page.getByTestId('appeal-answer').getByText('Ремонт двора включён в план').waitFor();
    await page.getByRole('button', { name: 'Отправить оценку' }).click();
    await page.getByText('Выберите, решена ли проблема').waitFor(); // checked before sending
    await expectAccessible();
    await screenshotAtWidths(page, 'voter-appeal-answered');

    for (const [aspect, stars] of [
      ['Быстрота', '5 звёзд'],
      ['Качество ответа', '4 звезды'],
      ['Внимательность', '5 звёзд'],
    ] as const) {
      // The star is the radio's label; the radio itself is visually hidden.
      const radio = page.getByRole('radiogroup', { name: aspect }).getByRole('radio', { name: stars });
      await page.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
      await expect(radio.isChecked()).resolves.toBe(true);
    }
    await page.getByRole('radio', { name: 'Частично' }).check();
    await page.getByRole('button', { name: 'Отправить оценку' }).click();
    await expectStatus(page, 'Закрыто');
    await page.getByRole('heading', { name: 'Ваша оценка' }).waitFor();
    await page.getByText('Проблема решена: Частично').waitFor();
    // Partly solved: the voter may still reopen it.
    await page.getByRole('button', { name: 'Возобновить обращение' }).waitFor();
    await page.getByTestId('appeal-timeline').getByText('Вы оценили ответ', { exact: true }).waitFor();
  });

  it('shows the personal data page, and the portal in English on request', async () => {
    await page.goto('/personal-data');
    await page.getByRole('heading', { level: 1, name: 'Мои данные' }).waitFor();
    await page.getByRole('heading', { name: 'Кто просматривал ваши данные' }).waitFor();
    await expectAccessible();
    await screenshotAtWidths(page, 'voter-personal-data');

    await page.getByText('ENG').click();
    await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor(); // the choice is kept
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('answers a deep link that does not exist with a page, not an error', async () => {
    await page.goto('/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });
});

/** Types into a Mantine Select (a combobox) and picks the option. */
async function chooseOption(page: Page, label: string, typed: string, option: string): Promise<void> {
  const input = page
    .getByRole('textbox', { name: label })
    .or(page.getByRole('combobox', { name: label }))
    .first();
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('appeal-status').getByText(status, { exact: true }).waitFor();
}

async function expectInputValue(page: Page, testId: string, value: string): Promise<void> {
  await expect(page.getByTestId(testId).inputValue()).resolves.toBe(value);
}
