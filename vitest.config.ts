import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { chapterTextPlugin } from './src/content/build/chapterTextPlugin';

// Unit tests run in node; component tests opt into jsdom with a `@vitest-environment jsdom`
// comment at the top of the file.
export default defineConfig({
  plugins: [react(), chapterTextPlugin(path.resolve('content'))],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Generous: CI has two cores, and jsdom tests that train a model share them.
    testTimeout: 30_000,
  },
});
