import { expect, test } from './fixtures';
import type { Harness } from './engineSessions.spec';

// The wasm engine ('simd') in the browser, through the engine test harness (engine-harness.html:
// a character SRN, V = 27, H = 32, batch 8, T = 16): its SIMD binary comes from the site's own
// origin, compiles in the training worker and trains there; and a browser without WASM SIMD is
// the Vitest suite's (src/sim/wasmSession.test.ts forces the detector).
const UNTRAINED = Math.log(27);

test('a session trains on the wasm engine (SIMD build) in a worker', async ({ page }) => {
  const wasmRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasmRequests.push(r.url());
  });
  await page.goto('/engine-harness.html?engine=simd');
  const read = () =>
    page.evaluate(() => (window as unknown as { __engineHarness?: Harness }).__engineHarness);
  await expect.poll(async () => (await read())?.engine?.engine).toBe('simd');
  const started = (await read())!;
  expect(started.backend).toBe('worker');
  expect(started.engine).toMatchObject({
    engine: 'simd',
    where: 'worker',
    reason: null,
    cause: 'requested',
    wasmBuild: 'simd',
  });
  const badge = page.locator('.engine-badge');
  await expect(badge.locator('.engine-badge__status')).toHaveText(
    'running on WASM SIMD (in a background thread)',
  );
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(badge.locator('.engine-badge__text')).toHaveText(
    /^running on WASM SIMD · \d{1,3}(,\d{3})* chars\/s$/,
  );
  await expect
    .poll(async () => (await read())?.progress?.lossSmoothed ?? Infinity, { timeout: 30_000 })
    .toBeLessThan(UNTRAINED - 0.4);
  expect((await read())!.error).toBeNull();
  const origin = new URL(page.url()).origin;
  expect(wasmRequests.some((u) => /engine-simd-[\w-]+\.wasm$/.test(u))).toBe(true);
  for (const u of wasmRequests) expect(new URL(u).origin).toBe(origin);
});
