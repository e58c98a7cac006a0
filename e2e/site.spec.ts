import { expect, hydrated, seriousA11yIssues, test } from './fixtures';

test('with JavaScript off, chapter text and math are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/01-basics/');
  await expect(page.locator('h1')).toHaveText('循环神经网络基础');
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.locator('.toc a').first()).toBeVisible();
  await expect(page.locator('#references')).toBeAttached();
  await context.close();
});

test('the language switch lands on the same chapter and section', async ({ page }) => {
  await page.goto('/en/01-basics/');
  await hydrated(page);
  await page.locator('.toc a[href="#the-rnn-family"]').click();
  await expect(page.locator('#the-rnn-family')).toBeInViewport();
  await page.getByRole('link', { name: 'Read this page in Chinese' }).click();
  await expect(page).toHaveURL(/\/zh\/01-basics\/#the-rnn-family$/);
  await expect(page.locator('h2#the-rnn-family')).toBeInViewport();
  await expect(page.locator('h2#the-rnn-family')).toContainText('家族');
  await page.getByRole('link', { name: '阅读本页的英文版' }).click();
  await expect(page).toHaveURL(/\/en\/01-basics\/#the-rnn-family$/);
});

test('the theme follows the system, can be toggled, and the choice is remembered', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await hydrated(page);
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await bg()).toBe('rgb(20, 22, 26)');
  await page.getByRole('button', { name: 'Switch between light and dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await bg()).toBe('rgb(253, 253, 252)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await context.close();
});

test('the dark theme passes the accessibility scan too', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/en/01-basics/');
  await hydrated(page);
  const widget = page.locator('[data-widget="RecurrenceStepper"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-status', 'ready');
  expect(await seriousA11yIssues(page)).toEqual([]);
  await context.close();
});

test('previous/next links walk the chapters in order', async ({ page }) => {
  await page.goto('/zh/02-training/');
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/zh/01-basics/');
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/zh/03-lstm/');
  await page.goto('/zh/05-implementation/');
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

test('citations link to the reference list', async ({ page }) => {
  await page.goto('/en/01-basics/');
  const cite = page.locator('.cite a[href="#ref-elman1990"]').first();
  await expect(cite).toHaveText('Elman 1990');
  await cite.click();
  await expect(page.locator('#ref-elman1990')).toBeInViewport();
  await expect(page.locator('#ref-elman1990')).toContainText('Finding structure in time');
});

test('an unknown address shows a not-found page, not a broken one', async ({ page }) => {
  await page.goto('/en/99-nothing/');
  await hydrated(page);
  await expect(page.locator('.not-found')).toHaveText('This page does not exist.');
  await page.goto('/%3Cscript%3E/');
  await hydrated(page);
  await expect(page.locator('.not-found')).toBeVisible();
});

test('widget code loads only when a figure nears the viewport', async ({ page }) => {
  const widgetChunks: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/(Widget|WidgetRuntime)-[^/]+\.js$/.test(r.url())) widgetChunks.push(r.url());
  });
  await page.goto('/en/01-basics/');
  await hydrated(page);
  const widget = page.locator('[data-widget="RecurrenceStepper"]');
  await expect(widget).toHaveAttribute('data-status', 'loading');
  await expect(widget).toContainText('Loading the interactive figure');
  expect(widgetChunks).toEqual([]);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-status', 'ready');
  expect(widgetChunks.length).toBeGreaterThanOrEqual(2);
});
