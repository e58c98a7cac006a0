import { WASM_CELLS } from '../src/wasm/testing/cases';
import { expect, test } from './fixtures';
import type { Harness } from './engineSessions.spec';

// The wasm engine ('simd') in the browser, through the engine test harness (engine-harness.html:
// a character SRN, V = 27, H = 32, batch 8, T = 16): its SIMD binary comes from the site's own
// origin, compiles in the training worker and trains there; a browser without WASM SIMD (its
// WebAssembly.validate refusing SIMD instructions) falls back to the scalar build and says why;
// and, in this browser's engine, both builds agree with the float64 core (bench.html?parity=).
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
    reasons: [],
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

test("the wasm engine's SIMD and scalar builds agree with the float64 core in this browser", async ({
  page,
}) => {
  await page.goto('/bench.html?parity=simd');
  await page.waitForFunction(
    () => (window as unknown as { __parity?: { done: boolean } }).__parity?.done === true,
  );
  const result = (await page.evaluate(
    () => (window as unknown as { __parity: unknown }).__parity,
  )) as {
    error?: string;
    support: string | null;
    rows: {
      flavour: string;
      cell: string;
      output: string;
      shape: string;
      lossError: number;
      gradError: number;
      gradScale: number;
      trainedError: number;
    }[];
  };
  expect(result.error).toBeUndefined();
  expect(result.support).toBe('simd');
  // 2 builds × every cell of the engine × 3 heads × {single, the cell's largest shape}.
  const cells = Object.keys(WASM_CELLS);
  for (const flavour of ['simd', 'scalar'])
    for (const cell of cells)
      expect(
        result.rows.filter((r) => r.flavour === flavour && r.cell === cell).length,
      ).toBeGreaterThanOrEqual(3);
  for (const row of result.rows) {
    const name = `${row.flavour}: ${row.cell} × ${row.output} × ${row.shape}`;
    expect(row.lossError, `${name} loss`).toBeLessThan(1e-5);
    expect(row.gradError, `${name} gradient`).toBeLessThan(1e-4);
    expect(row.gradScale, `${name}: a gradient worth comparing`).toBeGreaterThan(1e-2);
    expect(row.trainedError, `${name}: weights after 3 Adam steps`).toBeLessThan(1e-4);
  }
});

test('a browser without WASM SIMD trains on the scalar build and the badge says why', async ({
  page,
}) => {
  // This page's WebAssembly refuses any module with a SIMD instruction (prefix 0xfd), as a
  // browser without WASM SIMD does; the session trains on the page, where the script applies.
  await page.addInitScript(() => {
    const validate = WebAssembly.validate.bind(WebAssembly);
    WebAssembly.validate = (bytes: BufferSource) => {
      const view = ArrayBuffer.isView(bytes)
        ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        : new Uint8Array(bytes);
      return view.includes(0xfd) ? false : validate(bytes);
    };
  });
  const wasmRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasmRequests.push(r.url());
  });
  await page.goto('/engine-harness.html?engine=simd&backend=thread');
  const badge = page.locator('.engine-badge');
  await expect(badge.locator('.engine-badge__status')).toHaveText(
    'running on WASM (scalar build) (on the page’s thread)',
  );
  await expect(badge.locator('.engine-badge__reason')).toHaveText(
    'Why: this browser has no WebAssembly SIMD: the wasm engine runs its scalar build.',
  );
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByTestId('progress')).toHaveText(/^step [1-9]\d* · loss /);
  expect(wasmRequests.some((u) => /engine-scalar-[\w-]+\.wasm$/.test(u))).toBe(true);
  expect(wasmRequests.some((u) => /engine-simd-/.test(u))).toBe(false);
});
