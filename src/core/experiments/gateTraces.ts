import { gateActivations } from '../diagnostics/gates';
import { forward, type Model, type ModelSpec, type Sample } from '../model';
import { createRng, type Rng } from '../rng';
import { oneHot } from '../vocabulary';

/**
 * Chapter 3's gate-traces task, "remember the first symbol" as a continual stream: strings
 * back to back, each a key (a or b), then a gap of the same symbols drawn at random, then a
 * query ?, at which the network must name the string's first symbol. Only the query has a
 * target, and the state is never reset between strings. The gap's symbols look just like the
 * key, so a solution must open the input gate at the first symbol after a ? and keep it shut
 * after that, hold the cell through the gap, read it out at the query, and clear it when the
 * next string starts (the forget gate's job in a continual stream; Gers, Schmidhuber & Cummins
 * 2000).
 */
export const GATE_TRACE_SYMBOLS = ['a', 'b', '?'] as const;
const QUERY = 2;
/** The two answers, in the order of the output units. */
export const GATE_TRACE_KEYS = ['a', 'b'] as const;

export interface KeyRecallOptions {
  /** Symbols between a key and its query: uniform in [minGap, maxGap]. */
  readonly minGap: number;
  readonly maxGap: number;
  /** Strings per sequence. */
  readonly strings: number;
}

export const GATE_TRACE_TASK: KeyRecallOptions = { minGap: 4, maxGap: 12, strings: 4 };

/** A stream of strings: its symbols (indices into GATE_TRACE_SYMBOLS) and where each string starts. */
export interface KeyRecallStream {
  readonly ids: readonly number[];
  /** The position of each string's key (the first symbol of a string: a boundary). */
  readonly keys: readonly number[];
  /** The position of each query, with the key it asks for (0 = a, 1 = b). */
  readonly queries: readonly { readonly t: number; readonly answer: number }[];
}

export function keyRecallStream(rng: Rng, options: KeyRecallOptions): KeyRecallStream {
  const ids: number[] = [];
  const keys: number[] = [];
  const queries: { t: number; answer: number }[] = [];
  for (let s = 0; s < options.strings; s++) {
    const key = rng.next() < 0.5 ? 0 : 1;
    keys.push(ids.length);
    ids.push(key);
    const gap = options.minGap + Math.floor(rng.next() * (options.maxGap - options.minGap + 1));
    for (let k = 0; k < gap; k++) ids.push(rng.next() < 0.5 ? 0 : 1);
    queries.push({ t: ids.length, answer: key });
    ids.push(QUERY);
  }
  return { ids, keys, queries };
}

/** The stream as a training sample: one-hot inputs, the key as target at each query, null elsewhere. */
export function keyRecallSample(stream: KeyRecallStream): Sample {
  const targets: (number | null)[] = stream.ids.map(() => null);
  for (const q of stream.queries) targets[q.t] = q.answer;
  return { inputs: stream.ids.map((i) => oneHot(i, GATE_TRACE_SYMBOLS.length)), targets };
}

export function keyRecallStreams(count: number, seed: number, options = GATE_TRACE_TASK) {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => keyRecallStream(rng, options));
}

/** The model: an LSTM over the five symbols, a softmax over the two keys. */
export function gateTraceSpec(hidden: number, forgetBias: number): ModelSpec {
  return {
    cell: { kind: 'lstm', peepholes: false, forgetBias },
    inputSize: GATE_TRACE_SYMBOLS.length,
    hiddenSize: hidden,
    outputSize: GATE_TRACE_KEYS.length,
    layers: 1,
    bidirectional: false,
    output: 'softmax',
  };
}

/** The gates and the cell over a stream: values[name][t][unit] for i, f, o and c. */
export interface GateTrace {
  readonly i: number[][];
  readonly f: number[][];
  readonly o: number[][];
  readonly c: number[][];
  /** The predicted key (0 = a, 1 = b) at each query, in order. */
  readonly answers: number[];
}

export function gateTrace(model: Model, params: Float64Array, stream: KeyRecallStream): GateTrace {
  const trace = forward(model, params, keyRecallSample(stream).inputs);
  const gates = gateActivations(trace);
  const answers = stream.queries.map(({ t }) => {
    const z = trace.logits[t]!;
    return z[1]! > z[0]! ? 1 : 0;
  });
  return { i: gates['i']!, f: gates['f']!, o: gates['o']!, c: gates['c']!, answers };
}

const mean = (xs: readonly number[]) =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;

/** What the readout says about a network on held-out streams. */
export interface GateTraceSummary {
  /** Share of queries answered with the right key. */
  readonly accuracy: number;
  /** The unit whose cell separates the keys best at the queries (0-based). */
  readonly memoryUnit: number;
  /** Its forget gate at string boundaries (the keys, after the first string) and elsewhere. */
  readonly forgetAtBoundary: number;
  readonly forgetElsewhere: number;
  /** Its input gate at keys and at the gap's symbols. */
  readonly inputAtKey: number;
  readonly inputElsewhere: number;
}

/**
 * Scores the network on `streams` and finds its memory unit: the one whose c at the queries
 * differs most, in the mean, between the two keys.
 */
export function summariseGateTraces(
  model: Model,
  params: Float64Array,
  streams: readonly KeyRecallStream[],
): GateTraceSummary {
  const traces = streams.map((s) => gateTrace(model, params, s));
  const H = model.spec.hiddenSize;
  let right = 0;
  let total = 0;
  const cByKey = [0, 1].map(() => Array.from({ length: H }, () => [] as number[]));
  traces.forEach((tr, n) =>
    streams[n]!.queries.forEach((q, k) => {
      right += +(tr.answers[k] === q.answer);
      total++;
      for (let j = 0; j < H; j++) cByKey[q.answer]![j]!.push(tr.c[q.t]![j]!);
    }),
  );
  const separation = Array.from({ length: H }, (_, j) =>
    Math.abs(mean(cByKey[0]![j]!) - mean(cByKey[1]![j]!)),
  );
  const unit = separation.indexOf(Math.max(...separation.map((x) => (Number.isNaN(x) ? -1 : x))));
  const memoryUnit = Math.max(0, unit);
  const pick = (name: 'i' | 'f', at: (stream: KeyRecallStream, t: number) => boolean) =>
    mean(
      traces.flatMap((tr, n) =>
        tr[name].flatMap((v, t) => (at(streams[n]!, t) ? [v[memoryUnit]!] : [])),
      ),
    );
  const boundary = (s: KeyRecallStream, t: number) => t > 0 && s.keys.includes(t);
  const isKey = (s: KeyRecallStream, t: number) => s.keys.includes(t);
  const inGap = (s: KeyRecallStream, t: number) => s.ids[t]! !== QUERY && !isKey(s, t);
  return {
    accuracy: total ? right / total : NaN,
    memoryUnit,
    forgetAtBoundary: pick('f', boundary),
    forgetElsewhere: pick('f', (s, t) => t > 0 && !boundary(s, t)),
    inputAtKey: pick('i', isKey),
    inputElsewhere: pick('i', inGap),
  };
}
