import type { Page } from '@playwright/test';
import { expect, hydrated, test } from '../fixtures';

// Issue 11's fault table, links: hostile and huge URL values, prototype names, reader text that
// could turn a message around, and share links naming figures that are not on the page.

const RLO = '\u202E';

/** How far the page scrolls sideways (0 when it fits the viewport). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Opens a URL longer than the preview server accepts (Node refuses request lines over 16 kB; a
 * static host may take them): the browser asks for it, the test serves the same page without the
 * query, and the page reads the long query from its address as it would anywhere.
 */
async function gotoLong(page: Page, url: string) {
  const short = url.slice(0, url.indexOf('?'));
  await page.route(
    (u) => u.pathname === short && u.search.length > 0,
    async (route) => route.fulfill({ response: await route.fetch({ url: short }) }),
  );
  await page.goto(url);
}

/** The text of every <bdi> inside `selector`: where reader text is isolated. */
const isolated = (page: Page, selector: string) =>
  page.locator(`${selector} bdi`).allTextContents();

const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];

test('a share link setting prototype names is reported and the figure works', async ({ page }) => {
  const query = PROTOTYPE_NAMES.map((name) => `RecurrenceStepper-1.${name}=1`).join('&');
  await page.goto(`/en/01-basics/?${query}&RecurrenceStepper-1.word=abc#RecurrenceStepper-1`);
  await hydrated(page);
  const widget = page.locator('[data-widget="RecurrenceStepper"]');
  await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  for (const name of PROTOTYPE_NAMES)
    await expect(widget.locator('.widget__issues')).toContainText(
      `Ignored “${name}=1”: there is no such setting.`,
    );
  await expect(widget.getByRole('textbox', { name: /^Word/ })).toHaveValue('abc');
  await expect(widget.getByTestId('equation')).toBeVisible();
});

test('an embed with a prototype name works; "Try again" and "Reset to defaults" recover after a throw', async ({
  page,
  problems,
}) => {
  problems.allowConsoleErrors(/Fault injected/);
  await page.goto(
    '/embed.html?widget=RecurrenceStepper&lang=zh&hasOwnProperty=1&constructor=2&word=abc&fault=RecurrenceStepper',
  );
  const widget = page.locator('[data-widget="RecurrenceStepper"]');
  await expect(widget).toHaveAttribute('data-status', 'error');
  await widget.getByRole('button', { name: '重试' }).click();
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.locator('.widget__issues li')).toHaveCount(2);
  await expect(widget.locator('.widget__issues')).toContainText('hasOwnProperty=1');
  await expect(widget.getByRole('textbox', { name: /^单词/ })).toHaveValue('abc');

  await page.goto(
    '/embed.html?widget=RecurrenceStepper&toString=1&word=abc&fault=RecurrenceStepper',
  );
  await expect(widget).toHaveAttribute('data-status', 'error');
  await widget.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByRole('textbox', { name: /^Word/ })).toHaveValue('hello');
});

test('a 30,000-character word in a share link is refused, shortened and wrapped', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const word = `${RLO}${'x'.repeat(30_000)}`;
  await gotoLong(page, `/en/01-basics/?RecurrenceStepper-1.word=${word}#RecurrenceStepper-1`);
  await hydrated(page);
  const widget = page.locator('[data-widget="RecurrenceStepper"]');
  await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  const echoed = await isolated(page, '[data-widget="RecurrenceStepper"] .widget__issues');
  // The value is isolated (the override stays inside) and cut to 60 characters and "…".
  expect(echoed).toContain(`${RLO}${'x'.repeat(59)}…`);
  await expect(widget.getByRole('textbox', { name: /^Word/ })).toHaveValue('hello');
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test('a 20,000-character unknown key in an embed keeps the page the viewport’s width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await gotoLong(page, `/embed.html?widget=Unroll&${'k'.repeat(20_000)}=1`);
  const widget = page.locator('[data-widget="Unroll"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.locator('.widget__issues')).toContainText(`Ignored “${'k'.repeat(60)}…=1”`);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test('an embed naming no known figure says so, with the name shortened and isolated', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const name = `${RLO}${'Z'.repeat(20_000)}`;
  await gotoLong(page, `/embed.html?widget=${name}`);
  const message = page.getByRole('alert');
  await expect(message).toContainText('There is no interactive figure called “');
  await expect(message).toContainText(/Available: .*RecurrenceStepper/);
  expect(await isolated(page, '.embed__message')).toEqual([`${RLO}${'Z'.repeat(59)}…`]);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

for (const lang of ['en', 'zh'] as const) {
  test(`a share link naming figures not on the page says which (${lang})`, async ({ page }) => {
    const long = 'Q'.repeat(5_000);
    await page.goto(
      `/${lang}/01-basics/?Nope-1.foo=bar&RecurrenceStepper-1.word=abc&${RLO}evil.x=1&${long}.y=2&Nope-1.z=3`,
    );
    await hydrated(page);
    const notice = page.getByTestId('unknown-figures');
    await expect(notice).toContainText(
      lang === 'en'
        ? 'This link has settings for figures that are not on this page:'
        : '这个链接里有本页没有的图的设置：',
    );
    const text = (await notice.textContent())!;
    expect(text).toContain('“Nope-1”');
    expect(text).toContain(`“${RLO}evil”`);
    expect(text).toContain(`“${'Q'.repeat(60)}…”`);
    expect(text.match(/Nope-1/g)).toHaveLength(1);
    // Every id sits in its own isolate, the whole list in a <bdi>.
    expect(text).toContain(`\u2068“${RLO}evil”\u2069`);
    expect(await notice.locator('bdi').count()).toBe(1);
    // The figure the link does name takes its setting.
    const stepper = page.locator('[data-widget="RecurrenceStepper"]');
    await stepper.scrollIntoViewIfNeeded();
    await expect(stepper.getByRole('textbox')).toHaveValue('abc');
  });
}

test('a link naming only figures on the page shows no notice', async ({ page }) => {
  await page.goto('/en/01-basics/?RecurrenceStepper-1.word=abc&fault=Nope');
  await hydrated(page);
  const stepper = page.locator('[data-widget="RecurrenceStepper"]');
  await stepper.scrollIntoViewIfNeeded();
  await expect(stepper.getByRole('textbox')).toHaveValue('abc');
  await expect(page.getByTestId('unknown-figures')).toHaveCount(0);
});
