import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { buildWasmInChild } from './scripts/build-wasm.mjs';
import { chapterIndexPlugin } from './src/content/build/chapterIndex';
import { chapterTextPlugin } from './src/content/build/chapterTextPlugin';
import { codeRegionsPlugin } from './src/content/build/codeRegionsPlugin';
import { figurePlacesPlugin } from './src/content/build/figurePlaces';
import { mdxOptions } from './src/content/build/mdxOptions';

const root = path.dirname(fileURLToPath(import.meta.url));
const chapterOptions = await mdxOptions(root);

/** Compiles the wasm engine (src/wasm/assembly) before a build or dev server, and again when it changes. */
function wasmEnginePlugin(): Plugin {
  return {
    name: 'unrolled-wasm-engine',
    async buildStart() {
      await buildWasmInChild();
    },
    configureServer(server) {
      const sources = path.join(root, 'src/wasm/assembly');
      server.watcher.on('change', (file) => {
        if (!file.startsWith(sources)) return;
        buildWasmInChild()
          .then(() => server.ws.send({ type: 'full-reload' }))
          .catch((e: unknown) => server.config.logger.error(String(e)));
      });
    },
  };
}

export default defineConfig({
  plugins: [
    wasmEnginePlugin(),
    chapterIndexPlugin(path.join(root, 'content')),
    chapterTextPlugin(path.join(root, 'content')),
    figurePlacesPlugin(path.join(root, 'content')),
    codeRegionsPlugin(root),
    { enforce: 'pre', ...mdx({ ...chapterOptions, mdExtensions: [], mdxExtensions: ['.mdx'] }) },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
  ],
  build: {
    // prerender.mjs reads the manifest to preload each chapter's own chunk.
    manifest: true,
    rollupOptions: {
      input: {
        main: path.join(root, 'index.html'),
        embed: path.join(root, 'embed.html'),
        // Not linked from the site: driven by `npm run bench` (scripts/bench-browser.mjs).
        bench: path.join(root, 'bench.html'),
        // Not linked either: the training-engine test harness (e2e/engineSessions.spec.ts).
        engineHarness: path.join(root, 'engine-harness.html'),
      },
    },
  },
  // The training worker loads tfjs lazily (a separate chunk): ES-module workers can split code.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
