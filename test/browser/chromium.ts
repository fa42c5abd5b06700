import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { ROOT } from '@test/processes';

/** Debian's Chromium (`apt-get install -y chromium`); playwright's own browser downloads are not reachable here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Gitignored; CI keeps it as the run's artifacts. docs/screenshots.md shows a committed selection. */
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Starts headless Chromium, or fails saying how to install it: a missing browser must not pass as "skipped". */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it with "apt-get update && apt-get install -y chromium" (CI does), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page for one more person: a browser context of its own (cookies, storage) at desktop width, in Russian,
 * asking for reduced motion (the apps then skip transitions, so no click lands on a panel still opening),
 * signed out. The context joins `contexts`, which the spec file closes after its tests.
 */
export async function newPersonPage(browser: Browser, baseURL: string, contexts: BrowserContext[], timeoutMs = 15_000): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ru-RU', reducedMotion: 'reduce', baseURL });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  return page;
}

/** Saves a full-page screenshot of `page` at each width as `<name>-<width>.png`. */
export async function screenshotAtWidths(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  // From the top: a full-page capture draws the fixed header where the window was scrolled to.
  await page.evaluate('window.scrollTo(0, 0)');
  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150); // let the layout settle at the new width
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${viewport}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

export type AxeFinding = Readonly<{ id: string; impact: string | null | undefined; help: string; targets: string[] }>;

/** Serious and critical accessibility violations on the page as it is now (axe-core, WCAG 2.x A/AA). */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
