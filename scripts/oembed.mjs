// Writes the oEmbed documents (https://oembed.com, type "rich") of every figure, widget and
// preset into dist/oembed/, with their thumbnails, from the SSR bundle in dist-ssr/.
// Run after prerender.mjs (see package.json "build"); the public address is UNROLLED_BASE_URL.
// The service worker does not store dist/oembed/ (scripts/service-worker.mjs): consumers
// fetch these files when they embed a link, readers never need them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { publicBase } from './publicBase.mjs';
import { pngThumbnail } from './thumbnail.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const screenshots = path.join(root, 'docs', 'screenshots', 'after');

/** Thumbnails are at most this wide (the screenshots are 1424 px) and JPEG of this quality. */
const THUMB_WIDTH = 480;
const THUMB_QUALITY = 70;

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A figure without a screenshot yet gets a plain card with its name. */
function svgCard(name) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="400" viewBox="0 0 720 400">
  <rect width="720" height="400" fill="#f2f4f7"/>
  <rect x="24" y="24" width="672" height="352" rx="12" fill="#fdfdfc" stroke="#d9dce1" stroke-width="2"/>
  <text x="360" y="190" text-anchor="middle" font-family="system-ui, sans-serif" font-size="44" fill="#1d4e89">${escape(name)}</text>
  <text x="360" y="250" text-anchor="middle" font-family="system-ui, sans-serif" font-size="26" fill="#555b66">Unrolled · interactive figure</text>
</svg>
`;
}

const thumbs = path.join(dist, 'oembed', 'thumbs');
mkdirSync(thumbs, { recursive: true });
const made = new Map();
let thumbBytes = 0;
function thumbnail(name) {
  if (made.has(name)) return made.get(name);
  const shot = path.join(screenshots, `${name}-1440.png`);
  let thumb;
  if (existsSync(shot)) {
    const { width, height, jpeg } = pngThumbnail(readFileSync(shot), THUMB_WIDTH, THUMB_QUALITY);
    writeFileSync(path.join(thumbs, `${name}.jpg`), jpeg);
    thumbBytes += jpeg.length;
    thumb = { path: `oembed/thumbs/${name}.jpg`, width, height };
  } else {
    writeFileSync(path.join(thumbs, `${name}.svg`), svgCard(name));
    thumb = { path: `oembed/thumbs/${name}.svg`, width: 720, height: 400 };
  }
  made.set(name, thumb);
  return thumb;
}

const { oembedFiles } = await import(
  pathToFileURL(path.join(root, 'dist-ssr', 'entry-server.js')).href
);
const base = publicBase();
const documents = await oembedFiles(base, thumbnail);
for (const [file, doc] of documents) {
  const out = path.join(dist, file);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
}
console.log(
  `oEmbed: ${documents.size} documents and ${made.size} thumbnails (${Math.round(thumbBytes / 1024)} KB of JPEG) for ${base}`,
);
