import { expect, test } from './fixtures';

// The tfjs engine on the browser's own backends (software WebGL here: SwiftShader) gives the
// core engine's loss and gradients for the same weights and batch, within float32 accuracy.
for (const backend of ['webgl', 'wasm'] as const) {
  test(`core and tfjs on ${backend} agree on loss and gradients`, async ({ page }) => {
    await page.goto(`/bench.html?parity=${backend}`);
    await page.waitForFunction(
      () => (window as unknown as { __parity?: { done: boolean } }).__parity?.done === true,
    );
    const result = (await page.evaluate(
      () => (window as unknown as { __parity: unknown }).__parity,
    )) as {
      backend: string;
      error?: string;
      rows: { cell: string; output: string; lossError: number; gradError: number }[];
    };
    expect(result.error).toBeUndefined();
    expect(result.backend).toBe(backend);
    expect(result.rows).toHaveLength(8);
    for (const row of result.rows) {
      expect(row.lossError, `${row.cell} × ${row.output} loss`).toBeLessThan(1e-5);
      expect(row.gradError, `${row.cell} × ${row.output} gradient`).toBeLessThan(1e-4);
    }
  });
}
