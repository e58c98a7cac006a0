import { decodeBase64, encodeBase64 } from '../../../core/base64';
import type { KeptTraining, ModelSpec } from '../../../core/model';
import { packTraining, unpackTraining } from './linkTraining';

/**
 * Trained weights in a share link. They ride in the fragment (`#<instance>.weights=…`), not the
 * query: a fragment never reaches a server, whose URL limit (often 8 kB) a model passes quickly.
 * The payload is `w1.<dtype>.<spec hash>.<step>.<base64url of the little-endian floats>`:
 * float64 when that fits in MAX_LINK_CHARS (the exact weights), else float32 (rounded, said
 * so), else no link — the reader is pointed to the file.
 *
 * With a training state the payload is `w2.…` with two more parts (linkTraining.ts): the run's
 * counters and data position always, the optimiser's state when the link still fits with it
 * (float64 weights only) — else the link says it restores the weights only. w1 links still read.
 */
export const MAX_LINK_CHARS = 100_000;
const VERSION = 'w1';
const VERSION_WITH_TRAINING = 'w2';

export type WeightsDtype = 'f64' | 'f32';
const BYTES: Record<WeightsDtype, number> = { f64: 8, f32: 4 };

export type LinkRefusal =
  | { readonly code: 'tooLong'; readonly chars: number; readonly limit: number }
  | { readonly code: 'malformed' }
  | { readonly code: 'version'; readonly version: string }
  | { readonly code: 'otherModel' }
  | { readonly code: 'count'; readonly theirs: number; readonly ours: number }
  | { readonly code: 'nonFinite'; readonly bad: number; readonly total: number }
  | { readonly code: 'nonFiniteState'; readonly bad: number; readonly total: number };

/**
 * Whether the link keeps the optimiser's state: 'kept'; 'tooLong' (it would make the link
 * `chars` long, past the limit); 'none' (there was none to keep).
 */
export type LinkOptimiser =
  { readonly kept: 'kept' | 'none' } | { readonly kept: 'tooLong'; readonly chars: number };

export type Encoded =
  | {
      readonly ok: true;
      readonly fragment: string;
      readonly dtype: WeightsDtype;
      readonly optimiser: LinkOptimiser;
    }
  | ({ readonly ok: false } & Extract<LinkRefusal, { code: 'tooLong' }>);

export type Decoded =
  | {
      readonly ok: true;
      readonly weights: Float64Array;
      readonly dtype: WeightsDtype;
      readonly step: number;
      /** The run's state (w2 links); null in a w1 link. */
      readonly training: KeptTraining | null;
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

function packed(weights: ArrayLike<number>, dtype: WeightsDtype): string {
  const size = BYTES[dtype];
  const bytes = new Uint8Array(weights.length * size);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < weights.length; k++) {
    if (dtype === 'f64') view.setFloat64(k * size, weights[k]!, true);
    else view.setFloat32(k * size, weights[k]!, true);
  }
  return toUrl(encodeBase64(bytes));
}

const keyOf = (instanceId: string) => `${instanceId}.weights=`;

export interface EncodeOptions {
  readonly limit?: number;
  /** The run's state: with a run, a w2 link (the optimiser's state when it fits). */
  readonly training?: KeptTraining | null;
}

/** The fragment (without `#`) carrying `weights` of the model `spec` after `step` steps. */
export function encodeWeights(
  instanceId: string,
  spec: ModelSpec,
  weights: Float64Array,
  step: number,
  { limit = MAX_LINK_CHARS, training = null }: EncodeOptions = {},
): Encoded {
  const run = training?.run;
  const tries = (
    [
      { dtype: 'f64', optimiser: true },
      { dtype: 'f64', optimiser: false },
      { dtype: 'f32', optimiser: false },
    ] as const
  ).filter((t) => t.optimiser === false || Boolean(training?.optimiser));
  // Lengths are known before encoding (base64url: 4 characters per 3 bytes, no padding), so
  // only the link that fits is built — a big model's would be megabytes of text.
  const b64 = (bytes: number) => Math.ceil((bytes * 4) / 3);
  const prefix = (version: string, dtype: WeightsDtype) =>
    `${keyOf(instanceId)}${version}.${dtype}.${specHash(spec)}.${step}.`;
  const state = (withOptimiser: boolean) =>
    training && run ? packTraining({ ...training, run }, withOptimiser) : null;
  const lengthOf = (t: (typeof tries)[number]) => {
    const kept = state(t.optimiser);
    const head = prefix(kept ? VERSION_WITH_TRAINING : VERSION, t.dtype).length;
    const tail = kept ? 1 + kept.kind.length + 1 + b64(kept.numbers.length * 8) : 0;
    return head + b64(weights.length * BYTES[t.dtype]) + tail;
  };
  let chars = 0;
  let withOptimiserChars = 0;
  for (const t of tries) {
    chars = lengthOf(t);
    if (t.optimiser) withOptimiserChars = chars;
    if (chars > limit) continue;
    const kept = state(t.optimiser);
    const version = kept ? VERSION_WITH_TRAINING : VERSION;
    const body = prefix(version, t.dtype) + packed(weights, t.dtype);
    const fragment = kept ? `${body}.${kept.kind}.${packed(kept.numbers, 'f64')}` : body;
    const optimiser: LinkOptimiser = t.optimiser
      ? { kept: 'kept' }
      : withOptimiserChars > 0
        ? { kept: 'tooLong', chars: withOptimiserChars }
        : { kept: 'none' };
    return { ok: true, fragment, dtype: t.dtype, optimiser };
  }
  return { ok: false, code: 'tooLong', chars, limit };
}

/**
 * The length of the shortest link `count` weights can make (float32, no training state): when
 * it is over the limit there is no link, and the training state need not be read at all.
 */
export function shortestLink(instanceId: string, spec: ModelSpec, count: number, step: number) {
  const head = `${keyOf(instanceId)}${VERSION}.f32.${specHash(spec)}.${step}.`;
  return head.length + Math.ceil((count * BYTES.f32 * 4) / 3);
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
  const version = parts[0] ?? '';
  const count = version === VERSION_WITH_TRAINING ? 7 : 5;
  if (!hasWeights(text, instanceId) || parts.length !== count)
    return { ok: false, code: 'malformed' };
  if (version !== VERSION && version !== VERSION_WITH_TRAINING)
    return { ok: false, code: 'version', version: version.slice(0, 12) };
  const [, dtype, hash36, stepText, data, kind, state] = parts as [
    string,
    string,
    string,
    string,
    string,
    string?,
    string?,
  ];
  if (dtype !== 'f64' && dtype !== 'f32') return { ok: false, code: 'malformed' };
  const step = Number(stepText);
  if (!/^\d{1,9}$/.test(stepText)) return { ok: false, code: 'malformed' };
  if (hash36 !== specHash(spec)) return { ok: false, code: 'otherModel' };
  const weights = unpacked(data, dtype);
  if (!weights) return { ok: false, code: 'malformed' };
  if (!(weights instanceof Float64Array) || weights.length !== parameterCount) {
    const theirs = weights instanceof Float64Array ? weights.length : weights.ragged;
    return { ok: false, code: 'count', theirs, ours: parameterCount };
  }
  const bad = weights.reduce((n, v) => (Number.isFinite(v) ? n : n + 1), 0);
  if (bad > 0) return { ok: false, code: 'nonFinite', bad, total: parameterCount };
  if (kind === undefined || state === undefined)
    return { ok: true, weights, dtype, step, training: null };
  const numbers = unpacked(state, 'f64');
  if (!(numbers instanceof Float64Array)) return { ok: false, code: 'malformed' };
  const read = unpackTraining(kind, numbers, parameterCount);
  if (!read.ok) return read;
  return { ok: true, weights, dtype, step, training: read.training };
}

/**
 * The floats of a base64url part: null when it is not base64url; a byte count that is not a
 * whole number of floats comes back as `ragged` (the whole floats it holds).
 */
function unpacked(data: string, dtype: WeightsDtype): Float64Array | { ragged: number } | null {
  let bytes: Uint8Array;
  try {
    bytes = fromUrl(data);
  } catch {
    return null;
  }
  const size = BYTES[dtype];
  if (bytes.length % size !== 0) return { ragged: Math.floor(bytes.length / size) };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float64Array.from({ length: bytes.length / size }, (_, k) =>
    dtype === 'f64' ? view.getFloat64(k * size, true) : view.getFloat32(k * size, true),
  );
}
