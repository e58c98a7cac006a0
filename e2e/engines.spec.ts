import { expect, test } from './fixtures';

// The tfjs engine on the browser's own backends (software WebGL here: SwiftShader) gives the
// core engine's loss and gradients for the same weights and batch, within float32 accuracy.
// On WebGL the LSTM's forward and backward steps are custom programs (src/tf/webglLstm.ts):
// its rows cover both LSTMs (with and without peepholes), single and deep bidirectional, with
// odd batch and hidden sizes.
for (const backend of ['webgl', 'wasm'] as const) {
  test(`core and tfjs on ${backend} agree on loss and gradients`, async ({ page }) => {
    await page.goto(`/bench.html?parity=${backend}`);
    test.slow(backend === 'webgl', 'compiles many shaders on software WebGL');
    await page.waitForFunction(
      () => (window as unknown as { __parity?: { done: boolean } }).__parity?.done === true,
      undefined,
      { timeout: 150_000 },
    );
    const result = (await page.evaluate(
      () => (window as unknown as { __parity: unknown }).__parity,
    )) as {
      backend: string;
      error?: string;
      rows: {
        cell: string;
        output: string;
        shape: string;
        lossError: number;
        gradError: number;
        leaked: number;
      }[];
    };
    expect(result.error).toBeUndefined();
    expect(result.backend).toBe(backend);
    // 5 cells × 2 heads, and the two LSTMs deep and bidirectional too.
    expect(result.rows).toHaveLength(14);
    for (const row of result.rows) {
      const name = `${row.cell} × ${row.output} × ${row.shape}`;
      expect(row.lossError, `${name} loss`).toBeLessThan(1e-5);
      expect(row.gradError, `${name} gradient`).toBeLessThan(1e-4);
      expect(row.leaked, `${name}: tensors left after 3 training steps`).toBe(0);
    }
  });
}
