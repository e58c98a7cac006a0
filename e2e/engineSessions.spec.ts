import { expect, test } from './fixtures';

// Training sessions on tfjs in the browser, through the engine test harness
// (engine-harness.html: a character SRN, V = 27, H = 32, batch 8, T = 16, with the engine badge).
// Chromium here has WebGL through SwiftShader and OffscreenCanvas, so WebGL trains in a worker.

export interface Harness {
  state: string;
  progress: { step: number; lossSmoothed: number; symbolsPerSecond: number } | null;
  engine: {
    engine: string;
    where: string;
    /** Why, as codes the badge words (src/sim/engineReasons.ts); empty when it runs what was asked. */
    reasons: { code: string; [value: string]: unknown }[];
    cause: string;
    wasmBuild?: string;
  } | null;
  backend: string | null;
  engines: { engine: string; cause: string }[];
  steps: { step: number; loss: number }[];
  error: string | null;
}

const UNTRAINED = Math.log(27); // the loss of a uniform guess over 27 symbols

test('a session trains on WebGL in a worker, loses its context, and carries on on WASM', async ({
  page,
}) => {
  test.slow(true, 'trains on software WebGL (SwiftShader) on a shared 2-core machine');
  await page.goto('/engine-harness.html?engine=webgl');
  const read = () =>
    page.evaluate(() => (window as unknown as { __engineHarness?: Harness }).__engineHarness);
  await expect.poll(async () => (await read())?.engine?.engine).toBe('webgl');
  const offscreen = await page.evaluate(() => typeof OffscreenCanvas !== 'undefined');
  expect(offscreen).toBe(true);
  const started = (await read())!;
  expect(started.backend).toBe('worker');
  expect(started.engine).toMatchObject({ engine: 'webgl', where: 'worker', reasons: [] });

  const badge = page.locator('.engine-badge');
  await expect(badge.locator('.engine-badge__status')).toHaveText(
    'running on WebGL (in a background thread)',
  );
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(badge.locator('.engine-badge__text')).toHaveText(
    /^running on WebGL · \d{1,3}(,\d{3})* chars\/s$/,
  );
  // Trained well below the untrained loss before the context goes.
  await expect
    .poll(async () => (await read())?.progress?.lossSmoothed ?? Infinity, { timeout: 45_000 })
    .toBeLessThan(UNTRAINED - 0.4);
  const before = (await read())!.progress!;

  await page.evaluate(() =>
    (
      window as unknown as { __engineHarness: { loseWebGLContext(): Promise<void> } }
    ).__engineHarness.loseWebGLContext(),
  );
  await expect.poll(async () => (await read())?.engine?.engine).toBe('wasm');
  const moved = (await read())!;
  expect(moved.engine).toMatchObject({ where: 'worker', cause: 'lost-context' });
  expect(moved.engine!.reasons).toEqual([
    { code: 'lostContext', lostAt: expect.any(Number), from: expect.any(Number), engine: 'wasm' },
  ]);
  const lost = moved.engine!.reasons[0] as unknown as { lostAt: number; from: number };
  await expect(badge.locator('.engine-badge__reason')).toContainText(
    `The WebGL context was lost at step ${lost.lostAt}; training continues on WASM from the weights of step ${lost.from}.`,
  );
  await expect(badge.locator('.engine-badge__text')).toHaveText(
    /^running on WASM · \d{1,3}(,\d{3})* chars\/s$/,
  );
  // WebGL is offered no more on this page.
  await expect(badge.getByRole('option', { name: /^WebGL \(GPU\) — unavailable/ })).toBeDisabled();

  // Training continues: the step count goes on from where it was, the loss stays trained.
  await expect
    .poll(async () => (await read())?.progress?.step ?? 0)
    .toBeGreaterThan(before.step + 20);
  const after = (await read())!;
  expect(after.state).toBe('running');
  expect(after.error).toBeNull();
  for (let i = 1; i < after.steps.length; i++)
    expect(after.steps[i]!.step, 'the step count never goes back').toBeGreaterThanOrEqual(
      after.steps[i - 1]!.step,
    );
  const since = after.steps.filter((s) => s.step > before.step);
  expect(since.length).toBeGreaterThan(0);
  for (const s of since) expect(s.loss).toBeLessThan(UNTRAINED - 0.3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('[data-harness]')).toHaveAttribute('data-state', 'paused');
});
