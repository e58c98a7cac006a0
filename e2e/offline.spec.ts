import { expect, test } from '@playwright/test';

/**
 * After one visit the service worker holds the whole site: with the network off, another
 * chapter and an embed still load and a figure works.
 */
test('After one visit the site works offline: a chapter page and an embed load, a figure works', async ({
  page,
  context,
}) => {
  // Under automation the worker registers only when asked (src/ui/offline.ts).
  await context.addInitScript(() => localStorage.setItem('unrolled:offline', 'on'));
  await page.goto('/');
  // The note shows once the worker is active, i.e. every file is stored.
  await expect(page.getByTestId('offline-note')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('offline-note')).toContainText('Available offline');
  // The worker stores the site, not the oEmbed documents and thumbnails (fetched on demand).
  const worker = await (await page.request.get('/sw.js')).text();
  expect(worker).toContain('"embed.html"');
  expect(worker).not.toContain('oembed/');

  await context.setOffline(true);
  await page.goto('/zh/01-basics/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', /zh/);

  await page.goto('/embed.html?widget=PhasedGate&period=12');
  const figure = page.locator('[data-widget="PhasedGate"]');
  await expect(figure).toHaveAttribute('data-status', 'ready');
  const period = figure.getByRole('slider', { name: /Period/ });
  await expect(period).toHaveAttribute('aria-valuetext', /12/);
  await period.focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByTestId('gate-summary')).toContainText('t = 0, 13, 26');
  await expect(page.getByTestId('offline-note')).toBeVisible();
});
