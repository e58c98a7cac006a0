import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it, vi } from 'vitest';
import { activeBackend, selectBackend, webglAvailable } from './backend';

// Node has neither WebGL nor a page to fetch WASM binaries from: WASM is not exercised here.
describe('backend selection', () => {
  it('selects the CPU backend', async () => {
    const choice = await selectBackend('cpu');
    expect(choice).toEqual({ requested: 'cpu', active: 'cpu', fellBack: false, failures: [] });
    expect(activeBackend()).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
  });

  it('falls back to CPU, without throwing, when WebGL is missing — and says why', async () => {
    expect(webglAvailable()).toBe(false);
    const choice = await selectBackend('webgl');
    expect(choice.requested).toBe('webgl');
    expect(choice.active).toBe('cpu');
    expect(choice.fellBack).toBe(true);
    expect(choice.failures).toEqual([{ backend: 'webgl', code: 'noWebgl' }]);
    expect(activeBackend()).toBe('cpu');
  });

  it('falls back when WebGL exists but its backend cannot start', async () => {
    // A WebGL constructor but no browser: tfjs-backend-webgl loads and does not register.
    vi.stubGlobal('WebGLRenderingContext', class {});
    try {
      const choice = await selectBackend('webgl');
      expect(choice.active).toBe('cpu');
      expect(choice.failures).toMatchObject([{ backend: 'webgl', code: 'error' }]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('throws only when no candidate starts', async () => {
    await expect(selectBackend('webgl', { fallback: [] })).rejects.toThrow(/no tfjs backend/);
    await selectBackend('cpu');
  });
});
