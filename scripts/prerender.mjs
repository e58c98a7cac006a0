// Writes every page of the site as static HTML into dist/, from the SSR bundle in dist-ssr/.
// Run after `vite build` and `vite build --ssr` (see package.json "build").
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { publicBase } from './publicBase.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const template = readFileSync(path.join(dist, 'index.html'), 'utf8');
for (const marker of ['<!--app-head-->', '<!--app-html-->', 'data-route=""', '<html lang="en">']) {
  if (!template.includes(marker)) throw new Error(`dist/index.html lacks ${marker}`);
}

// Each chapter's compiled MDX is its own chunk: preload it so it downloads alongside the entry.
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
function preloads(source) {
  const entry = source && manifest[source];
  if (!entry) return '';
  const files = [entry.file, ...(entry.imports ?? []).map((key) => manifest[key].file)];
  return files
    .filter((f) => !template.includes(`/${f}"`))
    .map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}">`)
    .join('\n    ');
}

const { renderAll, base } = await import(
  pathToFileURL(path.join(root, 'dist-ssr', 'entry-server.js')).href
);
const pages = renderAll(publicBase());
for (const page of pages) {
  const html = template
    .replace('<html lang="en">', () => `<html lang="${page.lang}">`)
    .replace('<!--app-head-->', () => `${page.head}\n    ${preloads(page.source)}`)
    .replace('data-route=""', () => `data-route="${page.routeKey}"`)
    .replace('<!--app-html-->', () => page.html);
  const file = path.join(dist, page.file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
}
console.log(`prerendered ${pages.length} pages: ${pages.map((p) => p.file).join(', ')}`);
