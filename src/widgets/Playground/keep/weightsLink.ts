import { decodeBase64, encodeBase64 } from '../../../core/base64';
import type { ModelSpec } from '../../../core/model';

/**
 * Trained weights in a share link. They ride in the fragment (`#<instance>.weights=…`), not the
 * query: a fragment never reaches a server, whose URL limit (often 8 kB) a model passes quickly.
 * The payload is `w1.<dtype>.<spec hash>.<step>.<base64url of the little-endian floats>`:
 * float64 when that fits in MAX_LINK_CHARS (the exact weights), else float32 (rounded, said
 * so), else no link — the reader is pointed to the file.
 */
export const MAX_LINK_CHARS = 100_000;
const VERSION = 'w1';

export type WeightsDtype = 'f64' | 'f32';
const BYTES: Record<WeightsDtype, number> = { f64: 8, f32: 4 };

export type LinkRefusal =
  | { readonly code: 'tooLong'; readonly chars: number; readonly limit: number }
  | { readonly code: 'malformed' }
  | { readonly code: 'version'; readonly version: string }
  | { readonly code: 'otherModel' }
  | { readonly code: 'count'; readonly theirs: number; readonly ours: number }
  | { readonly code: 'nonFinite'; readonly bad: number; readonly total: number };

export type Encoded =
  | { readonly ok: true; readonly fragment: string; readonly dtype: WeightsDtype }
  | ({ readonly ok: false } & Extract<LinkRefusal, { code: 'tooLong' }>);

export type Decoded =
  | {
      readonly ok: true;
      readonly weights: Float64Array;
      readonly dtype: WeightsDtype;
      readonly step: number;
    }
  | ({ readonly ok: false } & LinkRefusal);

/** FNV-1a of the spec's JSON, base 36: weights are only put into the model they were made for. */
export function specHash(spec: ModelSpec): string {
  const text = JSON.stringify(spec);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const toUrl = (b64: string) => b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromUrl(text: string): Uint8Array {
  if (/[^A-Za-z0-9_-]/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return decodeBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

function packed(weights: Float64Array, dtype: WeightsDtype): string {
  const size = BYTES[dtype];
  const bytes = new Uint8Array(weights.length * size);
  const view = new DataView(bytes.buffer);
  weights.forEach((v, k) => {
    if (dtype === 'f64') view.setFloat64(k * size, v, true);
    else view.setFloat32(k * size, v, true);
  });
  return toUrl(encodeBase64(bytes));
}

const keyOf = (instanceId: string) => `${instanceId}.weights=`;

/** The fragment (without `#`) carrying `weights` of the model `spec` after `step` steps. */
export function encodeWeights(
  instanceId: string,
  spec: ModelSpec,
  weights: Float64Array,
  step: number,
  limit = MAX_LINK_CHARS,
): Encoded {
  let chars = 0;
  for (const dtype of ['f64', 'f32'] as const) {
    const fragment = `${keyOf(instanceId)}${VERSION}.${dtype}.${specHash(spec)}.${step}.${packed(weights, dtype)}`;
    if (fragment.length <= limit) return { ok: true, fragment, dtype };
    chars = fragment.length;
  }
  return { ok: false, code: 'tooLong', chars, limit };
}

/** Whether a location hash (with or without `#`) carries weights for this instance. */
export function hasWeights(hash: string, instanceId: string): boolean {
  return hash.replace(/^#/, '').startsWith(keyOf(instanceId));
}

/**
 * Reads weights for the model `spec` from a location hash. Everything a hand-edited or cut link
 * can be is refused with a code: too long, not this format, another model, a wrong count, NaN.
 */
export function decodeWeights(
  hash: string,
  instanceId: string,
  spec: ModelSpec,
  parameterCount: number,
): Decoded {
  const text = hash.replace(/^#/, '');
  // Twice the longest link this page writes: longer is not one of ours, and is not read.
  if (text.length > 2 * MAX_LINK_CHARS)
    return { ok: false, code: 'tooLong', chars: text.length, limit: 2 * MAX_LINK_CHARS };
  const parts = text.slice(keyOf(instanceId).length).split('.');
  if (!hasWeights(text, instanceId) || parts.length !== 5) return { ok: false, code: 'malformed' };
  const [version, dtype, hash36, stepText, data] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (version !== VERSION) return { ok: false, code: 'version', version: version.slice(0, 12) };
  if (dtype !== 'f64' && dtype !== 'f32') return { ok: false, code: 'malformed' };
  const step = Number(stepText);
  if (!/^\d{1,9}$/.test(stepText)) return { ok: false, code: 'malformed' };
  if (hash36 !== specHash(spec)) return { ok: false, code: 'otherModel' };
  let bytes: Uint8Array;
  try {
    bytes = fromUrl(data);
  } catch {
    return { ok: false, code: 'malformed' };
  }
  const size = BYTES[dtype];
  if (bytes.length % size !== 0 || bytes.length / size !== parameterCount)
    return {
      ok: false,
      code: 'count',
      theirs: Math.floor(bytes.length / size),
      ours: parameterCount,
    };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = Float64Array.from({ length: parameterCount }, (_, k) =>
    dtype === 'f64' ? view.getFloat64(k * size, true) : view.getFloat32(k * size, true),
  );
  const bad = weights.reduce((n, v) => (Number.isFinite(v) ? n : n + 1), 0);
  if (bad > 0) return { ok: false, code: 'nonFinite', bad, total: parameterCount };
  return { ok: true, weights, dtype, step };
}
