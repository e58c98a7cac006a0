import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeJpeg, forwardDct } from '../../scripts/jpeg.mjs';
import { decodePng, type RgbImage } from '../../scripts/png.mjs';
import { downscale } from '../../scripts/thumbnail.mjs';

/** A PNG of `pixels` (channels 3 or 4), each row written with the given filter type (0–4). */
function png(width: number, height: number, channels: 3 | 4, pixels: number[], filter: number) {
  const stride = width * channels;
  const at = (x: number, y: number) => (x < 0 || y < 0 ? 0 : pixels[y * stride + x]!);
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(filter);
    for (let i = 0; i < stride; i++) {
      const [x, a, b, c] = [at(i, y), at(i - channels, y), at(i, y - 1), at(i - channels, y - 1)];
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      rows.push((x - predictor) & 0xff);
    }
  }
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body, Buffer.alloc(4)]); // the CRC is not checked
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, channels === 3 ? 2 : 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Deterministic bytes that make every filter's predictor matter. */
const bytes = (n: number) =>
  Array.from({ length: n }, (_, i) => (i * 97 + ((i * i) % 13) * 31) % 256);

describe('the thumbnail maker (scripts/thumbnail.mjs, png.mjs, jpeg.mjs)', () => {
  it('decodes PNG rows written with each of the five filters, RGB and RGBA', () => {
    for (const channels of [3, 4] as const) {
      const pixels = bytes(5 * 4 * channels);
      for (let filter = 0; filter <= 4; filter++) {
        const image = decodePng(png(5, 4, channels, pixels, filter));
        expect([image.width, image.height]).toEqual([5, 4]);
        const rgb = Array.from({ length: 20 }, (_, p) =>
          pixels.slice(p * channels, p * channels + 3),
        ).flat();
        expect(Array.from(image.rgb), `filter ${filter}, ${channels} channels`).toEqual(rgb);
      }
    }
    expect(() => decodePng(new Uint8Array([1, 2, 3]))).toThrow('not a PNG');
  });

  it('scales down by averaging the area each pixel covers', () => {
    // 6 × 3 to 2 × 1: each output pixel is the mean of a 3 × 3 block.
    const rgb = new Uint8Array(6 * 3 * 3);
    for (let p = 0; p < 18; p++) rgb.set([p * 10, 255 - p * 10, (p % 6) * 40], p * 3);
    const small = downscale({ width: 6, height: 3, rgb }, 2);
    expect([small.width, small.height]).toEqual([2, 1]);
    const mean = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) / xs.length);
    for (let o = 0; o < 2; o++) {
      const block = [0, 1, 2].flatMap((y) => [0, 1, 2].map((x) => y * 6 + o * 3 + x));
      for (let k = 0; k < 3; k++)
        expect(small.rgb[o * 3 + k]).toBe(mean(block.map((p) => rgb[p * 3 + k]!)));
    }
    // 5 to 2 across: each output pixel covers 2½ input pixels, half of the middle one.
    const row = downscale(
      {
        width: 5,
        height: 1,
        rgb: Uint8Array.from([0, 0, 0, 100, 100, 100, 200, 200, 200, 50, 50, 50, 250, 250, 250]),
      },
      2,
    );
    expect(Array.from(row.rgb)).toEqual([80, 80, 80, 160, 160, 160]);
    // Never scaled up.
    expect(downscale({ width: 2, height: 1, rgb: new Uint8Array(6) }, 480).width).toBe(2);
  });

  it('computes the 8 × 8 DCT of T.81 A.3.3', () => {
    const block = Float64Array.from(bytes(64), (v) => v - 128);
    const expected = Array.from({ length: 64 }, (_, i) => {
      const [v, u] = [i >> 3, i & 7];
      const c = (k: number) => (k === 0 ? Math.SQRT1_2 : 1);
      let s = 0;
      for (let y = 0; y < 8; y++)
        for (let x = 0; x < 8; x++)
          s +=
            block[y * 8 + x]! *
            Math.cos(((2 * x + 1) * u * Math.PI) / 16) *
            Math.cos(((2 * y + 1) * v * Math.PI) / 16);
      return (c(u) * c(v) * s) / 4;
    });
    const actual = forwardDct(Float64Array.from(block));
    for (let i = 0; i < 64; i++) expect(actual[i]).toBeCloseTo(expected[i]!, 6);
  });

  it('writes a baseline JPEG: its markers, its size, stuffed 0xFF bytes; smaller at lower quality', () => {
    const image: RgbImage = { width: 37, height: 21, rgb: Uint8Array.from(bytes(37 * 21 * 3)) };
    const jpeg = encodeJpeg(image, 75);
    expect([...jpeg.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect([...jpeg.subarray(-2)]).toEqual([0xff, 0xd9]);
    const markers: number[] = [];
    let at = 2;
    while (jpeg[at] === 0xff && jpeg[at + 1] !== 0xda) {
      markers.push(jpeg[at + 1]!);
      if (jpeg[at + 1] === 0xc0) {
        expect(jpeg.readUInt16BE(at + 5)).toBe(21);
        expect(jpeg.readUInt16BE(at + 7)).toBe(37);
      }
      at += 2 + jpeg.readUInt16BE(at + 2);
    }
    expect(markers).toEqual([0xe0, 0xdb, 0xc0, 0xc4]);
    const scan = jpeg.subarray(at + 2 + jpeg.readUInt16BE(at + 2), -2);
    for (let i = 0; i < scan.length; i++) if (scan[i] === 0xff) expect(scan[i + 1]).toBe(0);
    expect(encodeJpeg(image, 30).length).toBeLessThan(jpeg.length);
  });
});
