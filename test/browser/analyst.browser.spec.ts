import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type RunningApi, startApi } from '@test/running-api';
import { launchChromium, screenshotAtWidths, seriousAxeViolations, VIEWPORTS } from './chromium';

/** Demo appeals over the last year: enough for ranked deputies, hidden (suppressed) cells and every grouping in region 66. */
const DEMO_APPEALS = 3000;
const SVERDLOVSK = 'Свердловская область (66)';
/** The narrowest phone the dashboard is laid out for (iPhone SE, mini): the cards must fit it without sideways scrolling. */
const NARROW_PHONE = { width: 375, height: 812 } as const;

/**
 * The analyst dashboard (/analyst) as a party analyst and a ЦУР moderator use it, in Chromium against the
 * built app with demo data: ratings of a region with their intervals, a deputy's breakdown and trend,
 * regional analytics with hidden cells, the regions overview, CSV downloads, both languages, and a
 * moderator kept to their region. Each main page is checked with axe and photographed at two widths.
 */
describe('analyst dashboard in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium(); // first: a missing browser fails at once, with the fix in the message
    // NODE_ENV=development: the demo seeder runs only there, in the background after start-up.
    api = await startApi({ NODE_ENV: 'development', DEMO_APPEALS: String(DEMO_APPEALS) });
    await api.process.waitFor('demo data ready', 180_000);
    await projectionsCaughtUp(api.base);
    context = await browser.newContext({
      viewport: VIEWPORTS.desktop,
      locale: 'ru-RU',
      reducedMotion: 'reduce',
      baseURL: api.base,
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  }, 300_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.stop();
  });

  const expectAccessible = async () => expect(await seriousAxeViolations(page)).toEqual([]);

  it('signs analyst1 in through the login page and shows the ratings of region 66 with their intervals', async () => {
    await signIn(page, '/analyst/', 'analyst1');
    await page.getByRole('heading', { level: 1, name: 'Рейтинг депутатов' }).waitFor();
    await chooseOption(page, 'Регион', 'Свердлов', SVERDLOVSK);
    await page.getByTestId('apply-filters').click();
    await page.waitForURL(/\/analyst\/ratings\?region=66$/);
    await page.getByRole('heading', { level: 2, name: /^Свердловская область на \d+ \S+ \d{4} г\.$/ }).waitFor();

    const rows = page.getByTestId('rating-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    // Rank 1 first; each share with its Wilson interval under it, e.g. "99 %" over "(93–100)", named for screen readers.
    await expect(rows.first().locator('td').first().textContent()).resolves.toBe('1');
    const share = (await rows.first().locator('td').nth(3).innerText()).replace(/\s+/g, ' ');
    expect(share).toMatch(/^\d{1,3} % 95-процентный интервал: \(\d{1,3}–\d{1,3}\)$/);
    // Those below the minimum sample, apart, with a provisional score.
    await page.getByRole('heading', { level: 2, name: 'Пока без ранга' }).waitFor();
    expect(await page.getByTestId('below-minimum-row').count()).toBeGreaterThan(0);
    // How the score is made: the six weights, and a link to the method.
    await page.getByRole('heading', { name: 'Как считается балл' }).waitFor();
    await page.getByText('Оценки — 25 %').waitFor();
    await expectAccessible();
    await screenshotAtWidths(page, 'analyst-ratings');
  });

  it('sorts the table from the keyboard, and puts rank order back', async () => {
    const scores = async () =>
      (await page.getByTestId('rating-row').locator('td:nth-child(3)').allInnerTexts()).map((text) => Number(text.replace(',', '.')));
    const satisfaction = page.getByRole('columnheader', { name: /Оценка/ });
    await satisfaction.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(satisfaction.getAttribute('aria-sort')).resolves.toBe('descending');
    const rank = page.getByRole('columnheader', { name: /Ранг/ });
    await expect(rank.getAttribute('aria-sort')).resolves.toBe('none');

    await rank.getByRole('button').focus();
    await page.keyboard.press('Enter'); // the natural direction of rank is ascending
    await expect(rank.getAttribute('aria-sort')).resolves.toBe('ascending');
    const byRank = await scores();
    expect(byRank).toEqual([...byRank].sort((a, b) => b - a));
  });

  it('shows a card for each deputy on a phone, sortable with a select, nothing scrolling sideways', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    try {
      const cards = page.getByTestId('ratings-cards').getByTestId('rating-row');
      await cards.first().waitFor();
      expect(await page.getByTestId('ratings-table').count()).toBe(0);
      await page.getByTestId('below-minimum-cards').getByTestId('below-minimum-row').first().waitFor();
      const sort = page.getByTestId('sort-select');
      await sort.getByLabel('Сортировать по').selectOption('name');
      const names = await cards.getByRole('link').allInnerTexts();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru')));
      await sort.getByLabel('Порядок').selectOption('desc');
      await expect(cards.getByRole('link').allInnerTexts()).resolves.toEqual([...names].reverse());
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(VIEWPORTS.phone.width);
      await expectAccessible();
      await sort.getByLabel('Сортировать по').selectOption('rank');
    } finally {
      await page.setViewportSize(VIEWPORTS.desktop);
    }
  });

  it('checks the date before asking, and shows the server’s refusal next to the field', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('as-of').fill(tomorrow);
    await page.getByTestId('apply-filters').click();
    await page.getByText('Дата не может быть позже сегодняшнего дня').waitFor();
    expect(page.url()).toMatch(/\?region=66$/); // nothing was sent

    // A link with a future date reaches the server, which refuses it for the field; no raw error shows.
    await page.goto('/analyst/ratings?region=66&asOf=2099-01-01');
    await page.getByText(/Сервер не принял дату/).waitFor();
    await page.getByText('Исправьте, пожалуйста, поле формы выше').waitFor();
    await expect(page.locator('body').innerText()).resolves.not.toMatch(/asOf 2099|BAD_USER_INPUT|GraphQL/);
    await page.goto('/analyst/ratings?region=66');
  });

  it('downloads the ratings as CSV with the header first', async () => {
    await page.getByTestId('rating-row').first().waitFor();
    const csv = await download(page, page.getByTestId('export-csv'));
    expect(csv.filename).toMatch(/^deputy-ratings-66-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\ufeffrank,deputy_id,full_name,ranked,score')).toBe(true);
  });

  it('opens a deputy: the score broken down by component, every figure with its interval, a year of trend', async () => {
    const first = page.getByTestId('rating-row').first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/analyst\/deputies\/[0-9a-f-]{36}\?asOf=\d{4}-\d{2}-\d{2}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expect(page.getByTestId('deputy-rank').innerText()).resolves.toMatch(/^Ранг\s+1\b/);

    const breakdown = page.getByTestId('score-breakdown');
    await breakdown.locator('svg .recharts-bar-rectangle').first().waitFor();
    expect(await breakdown.locator('div[role=img]').getAttribute('aria-label')).toMatch(
      /^Балл \d+,\d из 100\. Ответы: [\d,]+ из 20; Сроки/,
    );
    expect(await page.getByTestId('breakdown-table').locator('tbody tr').count()).toBe(6);
    await page.getByTestId('rating-figures').getByRole('rowheader', { name: 'Доля отвеченных' }).waitFor();

    const trend = page.getByTestId('trend-chart');
    await trend.locator('svg circle[data-ranked]').first().waitFor();
    expect(await trend.locator('svg circle[data-ranked]').count()).toBe(12);
    await trend.getByRole('button', { name: 'Показать данные графика таблицей' }).click();
    expect(await trend.locator('tbody tr').count()).toBe(12);
    await expectAccessible();
    await screenshotAtWidths(page, 'analyst-deputy');
  });

  it('shows the deputy’s breakdown and figures as cards on a 375 px phone, nothing scrolling sideways', async () => {
    await page.setViewportSize(NARROW_PHONE);
    try {
      const breakdown = page.getByTestId('breakdown-cards');
      await breakdown.getByTestId('total-row').waitFor();
      expect(await page.getByTestId('breakdown-table').count()).toBe(0);
      expect(await breakdown.getByRole('listitem').count()).toBe(7); // six components, then the total
      // Each card names its figures as the table's columns do, e.g. "Баллы … 19,6 из 20".
      const answers = breakdown.locator('[data-component=ANSWERED]');
      await answers.getByText('Ответы', { exact: true }).waitFor();
      await expect(answers.locator('dt').allInnerTexts()).resolves.toEqual(['Вес', 'Значение', 'Баллы']);
      await expect(answers.locator('dd').last().innerText()).resolves.toMatch(/^\d+(,\d+)? из 20$/);
      await expect(breakdown.getByTestId('total-row').locator('dd').last().innerText()).resolves.toMatch(/^\d+(,\d+)? из 100$/);

      const figures = page.getByTestId('rating-figures-cards');
      expect(await page.getByTestId('rating-figures').count()).toBe(0);
      expect(await figures.getByRole('listitem').count()).toBe(8);
      const answered = figures.locator('[data-figure=answeredShare]');
      await answered.getByText('Доля отвеченных').waitFor();
      await expect(answered.locator('dt').allInnerTexts()).resolves.toEqual([
        'Фактически',
        '95 % интервал',
        'Основание',
        'С учётом региона',
      ]);
      await expect(answered.locator('dd').first().innerText()).resolves.toMatch(/^\d{1,3}\s%$/);
      expect(await page.locator('.analyst-scroll').count()).toBe(0); // no table of this page left to scroll inside either
      await expectNoSidewaysScroll(page);
      await expectAccessible();
    } finally {
      await page.setViewportSize(VIEWPORTS.desktop);
    }
  });

  it('shows regional analytics by topic, with hidden cells marked as such and not drawn', async () => {
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Аналитика' }).click();
    await page.getByRole('heading', { level: 1, name: 'Аналитика региона' }).waitFor();
    await expectInputValue(page, 'region-select', SVERDLOVSK); // the region chosen last
    await page.getByRole('tab', { name: 'Темы', selected: true }).waitFor();

    const table = page.getByTestId('analytics-table');
    await table.locator('tbody tr').first().waitFor();
    const hidden = table.getByTestId('suppressed-cell');
    expect(await hidden.count()).toBeGreaterThan(0);
    await expect(hidden.first().innerText()).resolves.toBe('скрыто: меньше 5 избирателей');
    await expect(hidden.first().getAttribute('aria-describedby')).resolves.toBe('suppression-note');
    await page
      .locator('#suppression-note')
      .getByText(/скрыты \(\d+ на этой странице\)/)
      .waitFor();
    await table.getByTestId('total-row').getByText('Итого').waitFor();

    // One bar per shown cell: a hidden one gets the word "hidden" and hatching, never a bar of zero.
    const chart = page.getByTestId('analytics-chart');
    const shown = await table.locator('tbody tr:not([data-suppressed])').count();
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(shown);
    expect(await chart.locator('svg text', { hasText: /^скрыто$/ }).count()).toBe(await hidden.count());
    expect(await chart.locator('div[role=img]').getAttribute('aria-label')).toMatch(/скрыт.*меньше 5 избирателей/);
    await expectAccessible();
    await screenshotAtWidths(page, 'analyst-analytics-topics');
  });

  it('shows the analytics as cards on a phone: hidden cells said in words and sorted last, the total last', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    try {
      const cards = page.getByTestId('analytics-cards').getByRole('listitem');
      await page.getByTestId('analytics-cards').getByTestId('total-row').waitFor();
      const hidden = page.getByTestId('analytics-cards').getByTestId('suppressed-cell');
      expect(await hidden.count()).toBeGreaterThan(0);
      await expect(hidden.first().innerText()).resolves.toBe('скрыто: меньше 5 избирателей');
      await expect(hidden.first().getAttribute('aria-describedby')).resolves.toBe('suppression-note');
      await page.getByTestId('sort-select').getByLabel('Сортировать по').selectOption('answered');
      // Sorted by a figure, the hidden cells come after all the shown ones; the total stays last.
      await expect(cards.last().getAttribute('data-testid')).resolves.toBe('total-row');
      const hiddenCards = (await cards.evaluateAll((items) => items.map((item) => item.hasAttribute('data-suppressed')))).slice(0, -1);
      expect(hiddenCards).toContain(true);
      expect(hiddenCards).toEqual([...hiddenCards].sort((a, b) => Number(a) - Number(b)));
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(VIEWPORTS.phone.width);
      await expectAccessible();
    } finally {
      await page.setViewportSize(VIEWPORTS.desktop);
    }
  });

  it('downloads the analytics as CSV, hidden cells as empty figures', async () => {
    const csv = await download(page, page.getByTestId('export-csv'));
    expect(csv.filename).toMatch(/^regional-analytics-66-category-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\ufeffkey,name_ru,name_en,suppressed,submitted,answered')).toBe(true);
    expect(csv.text).toMatch(/\n[a-z-]+,[^,\n]+,[^,\n]+,true,,,,,,,,\n/);
  });

  it('shows the year month by month, as a time series and a table with its total', async () => {
    await page.getByRole('tab', { name: 'По месяцам' }).click();
    await page.waitForURL(/groupBy=MONTH/);
    const table = page.getByTestId('analytics-table');
    // The default period: the last twelve months, this one included; every month listed, empty ones as zeros.
    // (Wait for the twelfth row named as a month: the table of the previous tab may still be on screen a moment.)
    const rows = table.locator('tbody tr');
    await rows
      .filter({ has: page.locator('th', { hasText: /^[а-я]+\.? \d{4}$/ }) })
      .nth(11)
      .waitFor();
    for (let tries = 0; tries < 50 && (await rows.count()) !== 12; tries++) await page.waitForTimeout(100);
    expect(await rows.count()).toBe(12);
    const firstMonth = await table.locator('tbody th').first().innerText();
    expect(firstMonth).toMatch(/^[а-я]+\.? \d{4}$/);
    const chart = page.getByTestId('analytics-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.locator('div[role=img]').getAttribute('aria-label')).toMatch(/^Поступило: 12 строк на графике\./);
    await expectAccessible();
    await screenshotAtWidths(page, 'analyst-analytics-months');

    // Weekly cells are small: some are hidden, hatched in the chart and said in words in the table.
    await page.getByRole('tab', { name: 'По неделям' }).click();
    await page.waitForURL(/groupBy=WEEK/);
    // The months' table may still be on screen a moment: wait for the weeks' (a year has more than 12 rows).
    await table.locator('tbody tr').nth(12).waitFor();
    const hidden = await table.getByTestId('suppressed-cell').count();
    expect(hidden).toBeGreaterThan(0);
    expect(await page.getByTestId('analytics-chart').locator('.recharts-reference-area').count()).toBe(hidden);
  });

  it('checks a period before asking for it', async () => {
    await page.getByTestId('from').fill('2026-05-01');
    await page.getByTestId('to').fill('2026-04-01');
    await page.getByTestId('apply-filters').click();
    await page.getByText('Начало периода позже его конца').waitFor();
    await page.getByTestId('from').fill('2020-01-01');
    await page.getByTestId('to').fill('2024-01-01');
    await page.getByTestId('apply-filters').click();
    await page.getByText('Период не может быть длиннее трёх лет').waitFor();
  });

  it('compares the regions of the scope and downloads them', async () => {
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Регионы' }).click();
    await page.getByRole('heading', { level: 1, name: 'Регионы' }).waitFor();
    const table = page.getByTestId('analytics-table');
    await table.locator('tbody tr').first().waitFor();
    // The demo data has five regions; the whole-country analyst sees them all.
    expect(await table.locator('tbody tr').count()).toBe(5);
    await table.getByRole('rowheader', { name: 'Свердловская область' }).waitFor();
    await page.getByTestId('analytics-chart').locator('.recharts-bar-rectangle').first().waitFor();
    const csv = await download(page, page.getByTestId('export-csv'));
    expect(csv.text.split('\n')[0]).toBe(
      '\ufeffkey,name_ru,name_en,suppressed,submitted,answered,resolved,overdue,backlog,median_response_hours,satisfaction,feedback',
    );
    await expectAccessible();
    await screenshotAtWidths(page, 'analyst-regions');
  });

  it('explains the method, and switches to English and back', async () => {
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Методика' }).click();
    await page.getByRole('heading', { level: 1, name: 'Как считается рейтинг' }).waitFor();
    await expectAccessible();
    await screenshotAtWidths(page, 'analyst-method');

    // On a narrow phone the six weights are cards, each with its weight and why.
    await page.setViewportSize(NARROW_PHONE);
    try {
      const weights = page.getByTestId('weights-cards');
      const satisfaction = weights.locator('[data-component=SATISFACTION]');
      await satisfaction.waitFor();
      expect(await weights.getByRole('listitem').count()).toBe(6);
      expect(await page.getByTestId('weights-table').count()).toBe(0);
      await expect(satisfaction.locator('dd').innerText()).resolves.toMatch(/^25\s%$/);
      await satisfaction.getByText('Почему такой вес').waitFor();
      await expectNoSidewaysScroll(page);
      await expectAccessible();
    } finally {
      await page.setViewportSize(VIEWPORTS.desktop);
    }

    await page.getByText('ENG', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'How the rating is computed' }).waitFor();
    await page.goto('/analyst/ratings?region=66');
    await page.getByRole('heading', { level: 2, name: /^Sverdlovsk Oblast as of \d+ \w+ \d{4}$/ }).waitFor();
    await page
      .getByRole('columnheader', { name: /Answered/ })
      .first()
      .waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expectAccessible();
    await screenshotAtWidths(page, 'analyst-ratings-en');

    await page.getByText('RUS', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Рейтинг депутатов' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
  });

  it('keeps moderator1 to region 66', async () => {
    const moderator = await browser.newContext({
      viewport: VIEWPORTS.desktop,
      locale: 'ru-RU',
      reducedMotion: 'reduce',
      baseURL: api.base,
    });
    const own = await moderator.newPage();
    own.setDefaultTimeout(20_000);
    try {
      await signIn(own, '/analyst/ratings', 'moderator1');
      await own.getByTestId('rating-row').first().waitFor();
      await expectInputValue(own, 'region-select', SVERDLOVSK);
      await own.getByTestId('region-select').click();
      await expect(own.getByRole('option').allInnerTexts()).resolves.toEqual([SVERDLOVSK]);
      await own.keyboard.press('Escape');

      // A link to another region shows their own instead, and says why.
      await own.goto('/analyst/analytics?region=77');
      await own.getByText('Регион 77 не входит в вашу зону доступа, поэтому показан другой.').waitFor();
      await expectInputValue(own, 'region-select', SVERDLOVSK);
      await own.getByTestId('analytics-table').locator('tbody tr').first().waitFor();

      await own.goto('/analyst/regions');
      const regions = own.getByTestId('analytics-table').locator('tbody tr');
      await regions.first().waitFor();
      await expect(regions.locator('th').allInnerTexts()).resolves.toEqual(['Свердловская область']);
    } finally {
      await moderator.close();
    }
  });
});

/** Signs in through the development provider's login page, starting from a page of the app. */
async function signIn(page: Page, path: string, login: string): Promise<void> {
  await page.goto(path);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill('demo');
  await page.getByRole('button', { name: /Войти/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

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

/** The page does not scroll sideways: everything fits the window's width. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const [scrollWidth, clientWidth] = await page.evaluate<[number, number]>(
    '[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]',
  );
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

async function expectInputValue(page: Page, testId: string, value: string): Promise<void> {
  await expect(page.getByTestId(testId).inputValue()).resolves.toBe(value);
}

/** Clicks a download button and reads the file the browser saved. */
async function download(page: Page, button: ReturnType<Page['getByTestId']>): Promise<{ filename: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { filename: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Waits until every projection has applied the demo data appended after start-up. */
async function projectionsCaughtUp(base: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = (await (await fetch(`${base}/healthz`)).json()) as { projections: Array<{ caughtUp: boolean }> };
    if (health.projections.length > 0 && health.projections.every((projection) => projection.caughtUp)) return;
    if (Date.now() > deadline) throw new Error(`projections still behind after ${timeoutMs} ms: ${JSON.stringify(health.projections)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
