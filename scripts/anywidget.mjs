// Builds the notebook module (src/notebook/anywidget.ts, an anywidget front-end module) to
// dist/unrolled-anywidget.js: one self-contained ES module, with the public address
// (UNROLLED_BASE_URL) as its fallback site.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { publicBase } from './publicBase.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'src', 'notebook', 'anywidget.ts')],
  outfile: path.join(root, 'dist', 'unrolled-anywidget.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  define: { __UNROLLED_BASE__: JSON.stringify(publicBase()) },
  logLevel: 'warning',
});
console.log('notebook module: dist/unrolled-anywidget.js');
