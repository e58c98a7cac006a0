// Baseline JPEG encoding in plain Node for the thumbnails (scripts/thumbnail.mjs).
/** @typedef {import('./png.mjs').RgbImage} RgbImage */

// ---- Baseline JPEG (T.81): YCbCr 4:4:4, the Annex K quantisation and Huffman tables ----------

const ZIGZAG = Int32Array.from([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20,
  13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52,
  45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
]);
const LUMA_QUANT = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
  14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113,
  92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
const CHROMA_QUANT = [
  17,
  18,
  24,
  47,
  99,
  99,
  99,
  99,
  18,
  21,
  26,
  66,
  99,
  99,
  99,
  99,
  24,
  26,
  56,
  99,
  99,
  99,
  99,
  99,
  47,
  66,
  99,
  99,
  99,
  99,
  99,
  99,
  ...new Array(32).fill(99),
];
const range = (n) => Array.from({ length: n }, (_, i) => i);
const AC_LUMA_VALUES = [
  0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
  0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0,
  0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
  0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
  0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
  0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
  0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
  0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5,
  0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
  0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
  0xf9, 0xfa,
];
const AC_CHROMA_VALUES = [
  0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71,
  0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xa1, 0xb1, 0xc1, 0x09, 0x23, 0x33, 0x52, 0xf0,
  0x15, 0x62, 0x72, 0xd1, 0x0a, 0x16, 0x24, 0x34, 0xe1, 0x25, 0xf1, 0x17, 0x18, 0x19, 0x1a, 0x26,
  0x27, 0x28, 0x29, 0x2a, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48,
  0x49, 0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68,
  0x69, 0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,
  0x88, 0x89, 0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5,
  0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3,
  0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda,
  0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
  0xf9, 0xfa,
];
/** Annex K.3: code-length counts (1–16 bits) and the symbols in code order. */
const HUFFMAN = {
  dcLuma: { counts: [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], values: range(12) },
  acLuma: { counts: [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d], values: AC_LUMA_VALUES },
  dcChroma: { counts: [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], values: range(12) },
  acChroma: {
    counts: [0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77],
    values: AC_CHROMA_VALUES,
  },
};

/** Canonical codes (T.81 Annex C), indexed by symbol: code in the low 16 bits, length above. */
function huffmanCodes({ counts, values }) {
  const codes = new Int32Array(256);
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    for (let i = 0; i < counts[length - 1]; i++) codes[values[k++]] = (length << 16) | code++;
    code <<= 1;
  }
  return codes;
}

/** The libjpeg quality scaling of a base table, 1 ≤ quality ≤ 100. */
function scaledTable(base, quality) {
  const scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
  return base.map((q) => Math.min(255, Math.max(1, Math.floor((q * scale + 50) / 100))));
}

class BitWriter {
  bytes = [];
  acc = 0;
  bits = 0;
  /** Appends the low `length` bits of `value` (length ≤ 16), most significant first. */
  write(value, length) {
    this.acc = (this.acc << length) | (value & ((1 << length) - 1));
    this.bits += length;
    while (this.bits >= 8) {
      this.bits -= 8;
      const byte = (this.acc >> this.bits) & 0xff;
      this.bytes.push(byte);
      // A 0xFF in entropy-coded data is followed by a stuffed 0x00 (T.81 B.1.1.5).
      if (byte === 0xff) this.bytes.push(0);
    }
    this.acc &= (1 << this.bits) - 1;
  }
  end() {
    if (this.bits > 0) this.write((1 << (8 - this.bits)) - 1, 8 - this.bits);
    return this.bytes;
  }
}

/** One 8-point pass of the Arai–Agui–Nakajima DCT (as IJG's jfdctflt.c), on `d[at + k·step]`. */
function aan(d, at, step) {
  const i0 = at;
  const i1 = at + step;
  const i2 = at + 2 * step;
  const i3 = at + 3 * step;
  const i4 = at + 4 * step;
  const i5 = at + 5 * step;
  const i6 = at + 6 * step;
  const i7 = at + 7 * step;
  const t0 = d[i0] + d[i7];
  const t7 = d[i0] - d[i7];
  const t1 = d[i1] + d[i6];
  const t6 = d[i1] - d[i6];
  const t2 = d[i2] + d[i5];
  const t5 = d[i2] - d[i5];
  const t3 = d[i3] + d[i4];
  const t4 = d[i3] - d[i4];
  const e10 = t0 + t3;
  const e13 = t0 - t3;
  const e11 = t1 + t2;
  const e12 = t1 - t2;
  d[i0] = e10 + e11;
  d[i4] = e10 - e11;
  const z1 = (e12 + e13) * 0.707106781;
  d[i2] = e13 + z1;
  d[i6] = e13 - z1;
  const o10 = t4 + t5;
  const o11 = t5 + t6;
  const o12 = t6 + t7;
  const z5 = (o10 - o12) * 0.382683433;
  const z2 = 0.5411961 * o10 + z5;
  const z4 = 1.306562965 * o12 + z5;
  const z3 = o11 * 0.707106781;
  const z11 = t7 + z3;
  const z13 = t7 - z3;
  d[i5] = z13 + z2;
  d[i3] = z13 - z2;
  d[i1] = z11 + z4;
  d[i7] = z11 - z4;
}

/** AAN's outputs are the DCT's scaled by 8·s(u)·s(v): these undo it. */
const AAN_SCALE = [
  1, 1.387039845, 1.306562965, 1.175875602, 1, 0.785694958, 0.5411961, 0.275899379,
];
const DESCALE = Float64Array.from(range(64), (i) => 1 / (8 * AAN_SCALE[i >> 3] * AAN_SCALE[i & 7]));

/**
 * The 2-D DCT-II of an 8×8 block of level-shifted samples (row-major), in place:
 * F(u,v) = ¼·C(u)·C(v)·Σ f(x,y)·cos((2x+1)uπ/16)·cos((2y+1)vπ/16), T.81 A.3.3.
 * @param {Float64Array} block
 */
export function forwardDct(block) {
  for (let row = 0; row < 8; row++) aan(block, row * 8, 1);
  for (let col = 0; col < 8; col++) aan(block, col, 8);
  for (let i = 0; i < 64; i++) block[i] *= DESCALE[i];
  return block;
}

/** Bits needed for |value| (the "category" SSSS of T.81 F.1.2.1). */
const category = (value) => (value === 0 ? 0 : 32 - Math.clz32(Math.abs(value)));

/**
 * Encodes an RGB image as a baseline JPEG.
 * @param {RgbImage} image
 * @param {number} quality 1–100, as libjpeg's
 * @returns {Buffer}
 */
export function encodeJpeg(image, quality = 75) {
  const { width, height, rgb } = image;
  const tables = [scaledTable(LUMA_QUANT, quality), scaledTable(CHROMA_QUANT, quality)];
  // 1 / divisor, in zigzag order.
  const reciprocals = tables.map((table) => Float64Array.from(ZIGZAG, (n) => 1 / table[n]));
  const huffman = {
    dc: [huffmanCodes(HUFFMAN.dcLuma), huffmanCodes(HUFFMAN.dcChroma)],
    ac: [huffmanCodes(HUFFMAN.acLuma), huffmanCodes(HUFFMAN.acChroma)],
  };
  const out = new BitWriter();
  const previousDc = [0, 0, 0];
  const planes = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];
  const q = new Int32Array(64);
  const emit = (codes, symbol) => out.write(codes[symbol] & 0xffff, codes[symbol] >> 16);
  for (let by = 0; by < height; by += 8)
    for (let bx = 0; bx < width; bx += 8) {
      // The MCU's three 8×8 blocks; past the right or bottom edge, the edge pixel repeats.
      for (let i = 0; i < 64; i++) {
        const x = Math.min(width - 1, bx + (i & 7));
        const y = Math.min(height - 1, by + (i >> 3));
        const at = (y * width + x) * 3;
        const r = rgb[at];
        const g = rgb[at + 1];
        const b = rgb[at + 2];
        planes[0][i] = 0.299 * r + 0.587 * g + 0.114 * b - 128;
        planes[1][i] = -0.168736 * r - 0.331264 * g + 0.5 * b;
        planes[2][i] = 0.5 * r - 0.418688 * g - 0.081312 * b;
      }
      for (let c = 0; c < 3; c++) {
        const t = c === 0 ? 0 : 1;
        const coefficients = forwardDct(planes[c]);
        const reciprocal = reciprocals[t];
        for (let k = 0; k < 64; k++) q[k] = Math.round(coefficients[ZIGZAG[k]] * reciprocal[k]);
        const diff = q[0] - previousDc[c];
        previousDc[c] = q[0];
        const dcSize = category(diff);
        emit(huffman.dc[t], dcSize);
        if (dcSize) out.write(diff < 0 ? diff + (1 << dcSize) - 1 : diff, dcSize);
        let run = 0;
        for (let k = 1; k < 64; k++) {
          if (q[k] === 0) {
            run++;
            continue;
          }
          for (; run > 15; run -= 16) emit(huffman.ac[t], 0xf0);
          const size = category(q[k]);
          emit(huffman.ac[t], (run << 4) | size);
          out.write(q[k] < 0 ? q[k] + (1 << size) - 1 : q[k], size);
          run = 0;
        }
        if (run > 0) emit(huffman.ac[t], 0x00);
      }
    }
  const scan = out.end();

  const u16 = (n) => [(n >> 8) & 0xff, n & 0xff];
  const segment = (marker, body) => [0xff, marker, ...u16(body.length + 2), ...body];
  const dht = [];
  for (const [id, table] of [
    [0x00, HUFFMAN.dcLuma],
    [0x10, HUFFMAN.acLuma],
    [0x01, HUFFMAN.dcChroma],
    [0x11, HUFFMAN.acChroma],
  ])
    dht.push(id, ...table.counts, ...table.values);
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [
      0,
      ...ZIGZAG.map((n) => tables[0][n]),
      1,
      ...ZIGZAG.map((n) => tables[1][n]),
    ]),
    ...segment(0xc0, [8, ...u16(height), ...u16(width), 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]),
    ...segment(0xc4, dht),
    ...segment(0xda, [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]),
    ...scan,
    0xff,
    0xd9,
  ]);
}
