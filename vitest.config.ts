import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { chapterTextPlugin } from './src/content/build/chapterTextPlugin';
import { codeRegionsPlugin } from './src/content/build/codeRegionsPlugin';

// Unit tests run in node; component tests opt into jsdom with a `@vitest-environment jsdom`
// comment at the top of the file.
export default defineConfig({
  plugins: [
    react(),
    chapterTextPlugin(path.resolve('content')),
    codeRegionsPlugin(path.resolve('.')),
  ],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Compiles the wasm engine's binaries when missing or stale (they are not committed).
    globalSetup: ['./scripts/build-wasm-setup.mjs'],
    // Generous: CI has two cores, and jsdom tests that train a model share them.
    testTimeout: 30_000,
    // One test file per core. Vitest's default leaves a core free (one worker on CI's two), which
    // doubled the unit suite's time there: 298 s against 148 s with two.
    maxWorkers: os.availableParallelism(),
    // Worker threads, not forked processes: each test file starts faster (less time importing
    // and setting up jsdom). The whole suite on this 2-core machine: 246 s against 288–304 s.
    pool: 'threads',
  },
});
