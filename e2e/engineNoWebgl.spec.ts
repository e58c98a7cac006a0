import type { Harness } from './engineSessions.spec';
import { expect, test } from './fixtures';

// Chromium with no GPU and no software rasteriser, so no WebGL: a machine without a usable GPU.
// (Its own file: the browser's launch flags apply to a whole file's worker.)
test.use({
  launchOptions: {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-software-rasterizer',
      '--disable-background-networking',
      '--no-first-run',
    ],
  },
});

test('a session asked to train on WebGL falls back to WASM and says why', async ({ page }) => {
  await page.goto('/engine-harness.html?engine=webgl&lang=zh');
  const read = () =>
    page.evaluate(() => (window as unknown as { __engineHarness?: Harness }).__engineHarness);
  await expect.poll(async () => (await read())?.engine?.engine).toBe('wasm');
  const info = (await read())!.engine!;
  expect(info.cause).toBe('fallback');
  // The session says why in codes; the badge words them in the page's language.
  expect(info.reasons).toEqual([
    {
      code: 'backendsFailed',
      failures: [expect.objectContaining({ backend: 'webgl' })],
    },
  ]);
  const badge = page.locator('.engine-badge');
  await expect(badge.locator('.engine-badge__text')).toHaveText('运行于 WASM');
  await expect(badge.locator('.engine-badge__reason')).toHaveText(/^原因：WebGL：[^A-Za-z]+。$/);
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(badge.locator('.engine-badge__text')).toHaveText(
    /^运行于 WASM · 每秒 \d{1,3}(,\d{3})* 个字符$/,
  );
  await expect.poll(async () => (await read())?.progress?.step ?? 0).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('[data-harness]')).toHaveAttribute('data-state', 'paused');
});
