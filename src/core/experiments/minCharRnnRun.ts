import { prepareText } from '../charModel/prepareText';
import {
  buildVocabulary,
  decode,
  encode,
  initCharRnn,
  paramArrays,
  sample,
  zeroGrads,
  type CharRnn,
} from '../handmade/minCharRnn';
import { minCharRnnStep } from '../handmade/minCharRnnStep';
import { backward, createModel, forward, initParams, sequenceLoss, type Model } from '../model';
import { block, blockView } from '../params';
import { createRng } from '../rng';
import { clipByValue, createOptimiser } from '../train';
import type { Snapshot } from './snapshot';

/**
 * Karpathy's min-char-rnn (2015) run live, twice in lockstep on the same windows: once with the
 * chapter's hand-written code (minCharRnnStep: forward, BPTT, entries clipped, Adagrad), once
 * with the project's engine (its SRN, BPTT, clipByValue and Adagrad optimiser). Both start from
 * weights drawn by the same seeded stream — initCharRnn and initParams' Gaussian scheme draw
 * U, W, V in that order with one gaussian() per entry — so they begin identical, and the two
 * smoothed losses differ only by float64 rounding (the engine sums in another order).
 */
export interface MinCharRnnSettings {
  /** The training text (cut and its vocabulary capped as CharRNN does: prepareText). */
  readonly text: string;
  readonly hiddenSize: number;
  readonly seqLength: number;
  readonly learningRate: number;
  /** Gradient entries are clipped to [−clip, clip]. */
  readonly clip: number;
  readonly seed: number;
  /** A sample every this many iterations (min-char-rnn: 100), of `sampleLength` characters. */
  readonly sampleEvery: number;
  readonly sampleLength: number;
  /** Iterations before the run ends. */
  readonly steps: number;
  /** A curve point every this many iterations. */
  readonly pointEvery: number;
}

/** [iteration, hand-written smoothed loss, engine smoothed loss]. */
export type MinCharPoint = readonly [step: number, hand: number, engine: number];

export interface MinCharSample {
  readonly step: number;
  readonly text: string;
}

export interface MinCharRnnProgress {
  /** Iterations done. */
  readonly step: number;
  readonly vocabSize: number;
  readonly textLength: number;
  /** Where the smoothed loss starts: −ln(1/V)·T = T ln V. */
  readonly startLoss: number;
  /** The first window's loss (iteration 0), by each program. */
  readonly firstLoss: { readonly hand: number; readonly engine: number };
  /** Largest |hand − engine| over the initial weights (0: the same numbers). */
  readonly initialWeightGap: number;
  readonly smoothed: { readonly hand: number; readonly engine: number };
  /** Largest |hand − engine| / hand of the smoothed loss so far. */
  readonly largestGap: number;
  /** Curve points and samples since the previous snapshot. */
  readonly points: readonly MinCharPoint[];
  readonly samples: readonly MinCharSample[];
}

const SMOOTHING = 0.999;

function engineModel(vocabSize: number, hiddenSize: number): Model {
  return createModel({
    cell: { kind: 'srn', activation: 'tanh' },
    inputSize: vocabSize,
    hiddenSize,
    outputSize: vocabSize,
    layers: 1,
    bidirectional: false,
    output: 'softmax',
  });
}

/** The largest |difference| between the hand-written weights and the engine's same blocks. */
export function weightGap(hand: CharRnn, model: Model, params: Float64Array): number {
  const names = { U: 'l0.fwd.U', W: 'l0.fwd.W', b: 'l0.fwd.b', V: 'head.V', c: 'head.c' };
  let gap = 0;
  for (const [name, values] of paramArrays(hand)) {
    const theirs = blockView(params, block(model.layout, names[name as keyof typeof names]));
    for (let k = 0; k < values.length; k++) gap = Math.max(gap, Math.abs(values[k]! - theirs[k]!));
  }
  return gap;
}

export function* minCharRnnRun(
  settings: MinCharRnnSettings,
): Generator<Snapshot<MinCharRnnProgress>, MinCharRnnProgress, void> {
  const prepared = prepareText(settings.text, settings.seqLength);
  if (!prepared.ok) throw new Error(`the text cannot be trained on (${prepared.problem.kind})`);
  const vocabulary = buildVocabulary(prepared.value.text);
  const data = encode(vocabulary, prepared.value.text);
  const V = vocabulary.chars.length;
  const H = settings.hiddenSize;
  const T = settings.seqLength;

  const hand = initCharRnn(V, H, settings.seed);
  const memory = zeroGrads(hand);
  const model = engineModel(V, H);
  const params = initParams(model, settings.seed, { kind: 'gaussian', std: 0.01 });
  const optimiser = createOptimiser({ kind: 'adagrad', lr: settings.learningRate }, params.length);
  const initialWeightGap = weightGap(hand, model, params);
  const oneHots = Array.from({ length: V }, (_, i) => {
    const x = new Float64Array(V);
    x[i] = 1;
    return x;
  });
  const sampler = createRng(settings.seed + 1);

  const startLoss = -Math.log(1 / V) * T;
  let smoothHand = startLoss;
  let smoothEngine = startLoss;
  let firstLoss = { hand: NaN, engine: NaN };
  let largestGap = 0;
  let points: MinCharPoint[] = [[0, startLoss, startLoss]];
  let samples: MinCharSample[] = [];
  let hprev: Float64Array = new Float64Array(H);
  let enginePrev: Float64Array = new Float64Array(H);
  let p = 0;
  let n = 0;

  /** The state now, with the points and samples not yet handed over. */
  const summary = (): MinCharRnnProgress => ({
    step: n,
    vocabSize: V,
    textLength: data.length,
    startLoss,
    firstLoss,
    initialWeightGap,
    smoothed: { hand: smoothHand, engine: smoothEngine },
    largestGap,
    points,
    samples,
  });
  /** A progress snapshot hands the new points and samples over. */
  const snapshot = (): MinCharRnnProgress => {
    const out = summary();
    points = [];
    samples = [];
    return out;
  };

  while (n < settings.steps) {
    // min-char-rnn sweeps the text left to right and starts over (state zeroed) at its end.
    if (p + T + 1 >= data.length || n === 0) {
      hprev = new Float64Array(H);
      enginePrev = new Float64Array(H);
      p = 0;
    }
    const inputs = data.slice(p, p + T);
    const targets = data.slice(p + 1, p + T + 1);
    if (n % settings.sampleEvery === 0) {
      const drawn = sample(hand, hprev, inputs[0]!, settings.sampleLength, sampler);
      samples.push({ step: n, text: decode(vocabulary, drawn) });
    }

    const handStep = minCharRnnStep(
      hand,
      memory,
      inputs,
      targets,
      hprev,
      settings.learningRate,
      settings.clip,
    );
    hprev = handStep.last;

    const trace = forward(
      model,
      params,
      inputs.map((i) => oneHots[i]!),
      {
        states: [enginePrev],
        time: 0,
      },
    );
    const loss = sequenceLoss(model, trace, targets);
    const grad = backward(model, params, trace, loss.dLogits);
    clipByValue(grad, settings.clip);
    optimiser.step(params, grad);
    enginePrev = trace.layers[0]!.forward[T - 1]!.state;

    if (n === 0) firstLoss = { hand: handStep.loss, engine: loss.loss };
    smoothHand = smoothHand * SMOOTHING + handStep.loss * (1 - SMOOTHING);
    smoothEngine = smoothEngine * SMOOTHING + loss.loss * (1 - SMOOTHING);
    largestGap = Math.max(largestGap, Math.abs(smoothHand - smoothEngine) / smoothHand);
    p += T;
    n++;
    if (n % settings.pointEvery === 0) points.push([n, smoothHand, smoothEngine]);
    yield snapshot;
  }
  // Not a snapshot: the runner may still take the last one, which must carry what is new.
  return summary();
}
