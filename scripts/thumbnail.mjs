// Small JPEG thumbnails of the figures' PNG screenshots, for the oEmbed documents
// (scripts/oembed.mjs), in plain Node: no image package, so a fresh clone builds them.
// PNG in (8-bit RGB or RGBA, not interlaced: what scripts/screenshot.mjs writes), area-averaged
// down to `maxWidth`, baseline JPEG out (ITU T.81 with the example tables of its Annex K).
// The PNG decoder is scripts/png.mjs, the JPEG encoder scripts/jpeg.mjs; this file resizes.
import { encodeJpeg } from './jpeg.mjs';
import { decodePng } from './png.mjs';

/** @typedef {import('./png.mjs').RgbImage} RgbImage */

/** One axis of an area-average resize: each output cell averages the input cells it covers. */
function shrinkAxis(values, count, lines, stepIn, stepLine, outCount) {
  const scale = count / outCount;
  // The same input cells and weights serve every line: `span` cells from `first[o]`, the
  // weights of cells past the input's end being 0.
  const span = Math.min(count, Math.ceil(scale) + 1);
  const first = new Int32Array(outCount);
  const weights = new Float32Array(outCount * span);
  for (let o = 0; o < outCount; o++) {
    const from = o * scale;
    const to = from + scale;
    first[o] = Math.max(0, Math.min(Math.floor(from), count - span));
    for (let j = 0; j < span; j++) {
      const i = first[o] + j;
      weights[o * span + j] = Math.max(0, Math.min(to, i + 1) - Math.max(from, i)) / scale;
    }
  }
  const out = new Float32Array(outCount * lines * 3);
  for (let line = 0; line < lines; line++)
    for (let o = 0; o < outCount; o++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let j = 0; j < span; j++) {
        const at = (line * stepLine + (first[o] + j) * stepIn) * 3;
        const w = weights[o * span + j];
        r += w * values[at];
        g += w * values[at + 1];
        b += w * values[at + 2];
      }
      const to = (line * outCount + o) * 3;
      out[to] = r;
      out[to + 1] = g;
      out[to + 2] = b;
    }
  return out;
}

/**
 * The image scaled down to `maxWidth` (never up), each pixel the average of the area it covers.
 * @param {RgbImage} image
 * @param {number} maxWidth
 * @returns {RgbImage}
 */
export function downscale(image, maxWidth) {
  if (image.width <= maxWidth) return image;
  const width = maxWidth;
  const height = Math.max(1, Math.round((image.height * width) / image.width));
  // Rows first (output: height-major, `width` per row), then columns.
  const across = shrinkAxis(image.rgb, image.width, image.height, 1, image.width, width);
  const down = shrinkAxis(across, image.height, width, width, 1, height);
  // `down` is column-major (line = column): transpose back into rows.
  const rgb = new Uint8Array(width * height * 3);
  for (let x = 0; x < width; x++)
    for (let y = 0; y < height; y++)
      for (let k = 0; k < 3; k++)
        rgb[(y * width + x) * 3 + k] = Math.round(down[(x * height + y) * 3 + k]);
  return { width, height, rgb };
}

/**
 * A screenshot's thumbnail: at most `maxWidth` pixels wide, as JPEG.
 * @param {Uint8Array} png
 * @param {number} maxWidth
 * @param {number} quality
 */
export function pngThumbnail(png, maxWidth, quality) {
  const image = downscale(decodePng(png), maxWidth);
  return { width: image.width, height: image.height, jpeg: encodeJpeg(image, quality) };
}
