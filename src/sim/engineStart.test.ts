import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh engineStart module (it probes WebGL once per page) in a browser with WebGL's constructor. */
async function withCanvas(context: object | null) {
  vi.resetModules();
  vi.stubGlobal('WebGLRenderingContext', class {});
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      getContext() {
        return context;
      }
    },
  );
  return (await import('./engineStart')).missingEngines();
}

afterEach(() => vi.unstubAllGlobals());

describe('missingEngines', () => {
  it('offers no WebGL where the constructor exists but no context can be created', async () => {
    expect((await withCanvas(null)).webgl).toBe('noWebglContext');
  });

  it('offers WebGL where a context can be created', async () => {
    expect((await withCanvas({})).webgl).toBeUndefined();
  });
});
