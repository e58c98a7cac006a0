// PNG decoding in plain Node for the thumbnails (scripts/thumbnail.mjs): 8-bit RGB or RGBA, not
// interlaced — what scripts/screenshot.mjs writes.
import { inflateSync } from 'node:zlib';

/** @typedef {{ width: number, height: number, rgb: Uint8Array }} RgbImage */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The byte of a PNG row before filtering (ITU/W3C PNG spec, section 9: filter types 0–4). */
function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes a PNG of 8-bit RGB or RGBA (alpha dropped: screenshots are opaque).
 * @param {Uint8Array} bytes
 * @returns {RgbImage}
 */
export function decodePng(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data = [];
  for (let at = 8; at + 8 <= buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = colour === 2 ? 3 : colour === 6 ? 4 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`unsupported PNG: bit depth ${depth}, colour type ${colour}`);
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error('PNG without IHDR');
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('PNG data too short');
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride;
    rows.set(raw.subarray(src, src + stride), row);
    // Undo the row's filter in place (a = left, b = up, c = up-left; 0 outside the image).
    // The Uint8Array store keeps each sum modulo 256, as the spec asks.
    if (filter === 0 || (filter === 2 && y === 0)) continue;
    if (filter === 1 || (filter === 4 && y === 0))
      for (let i = channels; i < stride; i++) rows[row + i] += rows[row + i - channels];
    else if (filter === 2) for (let i = 0; i < stride; i++) rows[row + i] += rows[up + i];
    else if (filter === 3)
      for (let i = 0; i < stride; i++)
        rows[row + i] +=
          ((i >= channels ? rows[row + i - channels] : 0) + (y > 0 ? rows[up + i] : 0)) >> 1;
    else if (filter === 4) {
      for (let i = 0; i < channels; i++) rows[row + i] += rows[up + i];
      for (let i = channels; i < stride; i++)
        rows[row + i] += paeth(rows[row + i - channels], rows[up + i], rows[up + i - channels]);
    } else throw new Error(`bad PNG filter ${filter}`);
  }
  if (channels === 3) return { width, height, rgb: rows };
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0; p < width * height; p++) {
    rgb[p * 3] = rows[p * 4];
    rgb[p * 3 + 1] = rows[p * 4 + 1];
    rgb[p * 3 + 2] = rows[p * 4 + 2];
  }
  return { width, height, rgb };
}
