import {
  backwardStep,
  buildVocabulary,
  encode,
  forward,
  initCharRnn,
  zeroGrads,
  type CharRnn,
  type Grads,
  type Mat,
  type Vocabulary,
} from '../../core/handmade';

/** A value beside a line of code: a number, a vector or a matrix. */
export type Value = number | Float64Array | Mat;
/** Names the code writes (`z`, `g.W`, …) and their values at one point of the run. */
export type Env = ReadonlyMap<string, Value>;

/** What the hand-written code computed for the example, recorded function by function. */
export interface ExampleRun {
  readonly vocabulary: Vocabulary;
  readonly text: string;
  readonly inputs: readonly number[];
  readonly targets: readonly number[];
  readonly model: CharRnn;
  /** The loop functions: their values before the loop, and after each pass of its body. */
  readonly forward: LoopRecord;
  readonly backward: LoopRecord;
  /** The step functions' values, one Env per call, in the order of the loop above. */
  readonly forwardStep: readonly Env[];
  readonly backwardStep: readonly Env[];
  /** ∂E/∂θ at the end. */
  readonly grads: Grads;
}

export interface LoopRecord {
  readonly before: Env;
  readonly iterations: readonly Env[];
}

export const EXAMPLE_TEXT = 'hello';
export const EXAMPLE_HIDDEN = 3;
/** Larger than min-char-rnn's 0.01, so that the example's numbers are not all near zero. */
export const EXAMPLE_SCALE = 0.5;

const copyMat = (m: Mat): Mat => ({ rows: m.rows, cols: m.cols, data: m.data.slice() });

/**
 * Runs the hand-written code on "hell" → "ello" (V = 4, H = 3, T = 4) and records its values.
 * The forward values are the real `forward`'s own step records; the backward pass calls the
 * real `backwardStep` in `backward`'s loop, to see the gradients after each step.
 */
export function recordExample(seed: number): ExampleRun {
  const vocabulary = buildVocabulary(EXAMPLE_TEXT);
  const data = encode(vocabulary, EXAMPLE_TEXT);
  const inputs = data.slice(0, -1);
  const targets = data.slice(1);
  const model = initCharRnn(vocabulary.chars.length, EXAMPLE_HIDDEN, seed, EXAMPLE_SCALE);
  const s0 = new Float64Array(EXAMPLE_HIDDEN);
  const pass = forward(model, inputs, targets, s0);

  let running = 0;
  const forwardIterations = pass.steps.map((step, t) => {
    running += step.loss;
    return new Map<string, Value>([
      ['t', t],
      ['loss', running],
      ['s', step.s],
    ]);
  });
  const forwardStep = pass.steps.map(
    (step) =>
      new Map<string, Value>([
        ['x', step.x],
        ['z', step.z],
        ['s', step.s],
        ['q', step.q],
        ['o', step.o],
        ['loss', step.loss],
      ]),
  );

  const g = zeroGrads(model);
  let dsNext: Float64Array = new Float64Array(EXAMPLE_HIDDEN);
  const backwardBefore = new Map<string, Value>([['dsNext', dsNext]]);
  const backwardIterations: Env[] = [];
  const backwardSteps: Env[] = [];
  for (let t = inputs.length - 1; t >= 0; t--) {
    const back = backwardStep(model, pass.steps[t]!, targets[t]!, dsNext, g);
    dsNext = back.dsPrev;
    backwardSteps.push(
      new Map<string, Value>([
        ['dq', back.dq],
        ['g.V', copyMat(g.V)],
        ['g.c', g.c.slice()],
        ['ds', back.ds],
        ['dz', back.dz],
        ['g.b', g.b.slice()],
        ['g.U', copyMat(g.U)],
        ['g.W', copyMat(g.W)],
        ['dsPrev', back.dsPrev],
      ]),
    );
    backwardIterations.push(
      new Map<string, Value>([
        ['t', t],
        ['dsNext', dsNext],
      ]),
    );
  }

  return {
    vocabulary,
    text: EXAMPLE_TEXT,
    inputs,
    targets,
    model,
    forward: {
      before: new Map<string, Value>([
        ['s', s0],
        ['loss', 0],
      ]),
      iterations: forwardIterations,
    },
    backward: { before: backwardBefore, iterations: backwardIterations },
    forwardStep,
    backwardStep: backwardSteps,
    grads: g,
  };
}
