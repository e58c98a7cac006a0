import {
  GREFF_VARIANTS,
  greffCell,
  lstm1997Cell,
  type CellSpec,
  type OutputKind,
} from '../../core/cells';
import { checkSpec, createModel, type ModelSpec, type Sample } from '../../core/model';
import { createRng, uniform } from '../../core/rng';

/** The cells the wasm engine has, by a short name. */
export const WASM_CELLS: Record<string, CellSpec> = {
  'srn-tanh': { kind: 'srn', activation: 'tanh' },
  'srn-relu': { kind: 'srn', activation: 'relu' },
  'srn-sigmoid': { kind: 'srn', activation: 'sigmoid' },
  'srn-linear': { kind: 'srn', activation: 'linear' },
  gru: { kind: 'gru' },
  lstm: { kind: 'lstm', peepholes: false, forgetBias: 1 },
  'lstm-peepholes': { kind: 'lstm', peepholes: true, forgetBias: 1 },
  // Periods 1, 2, 3: at t = 3 the first and last modules run and the middle one keeps its state.
  clockwork: { kind: 'clockwork', activation: 'tanh', periods: [1, 2, 3] },
  'clockwork-relu': { kind: 'clockwork', activation: 'relu', periods: [1, 4] },
  jordan: { kind: 'jordan', activation: 'tanh' },
  'jordan-sigmoid': { kind: 'jordan', activation: 'sigmoid' },
  ...Object.fromEntries(GREFF_VARIANTS.map((name) => [`lstm-${name}`, greffCell(name, 1)])),
  'lstm-1997': lstm1997Cell(false),
  'lstm-1997-truncated': lstm1997Cell(true),
  // The truncated gradient through peepholes and the full gate recurrence too.
  'lstm-fgr-truncated': { ...greffCell('fgr', 1), truncatedGradient: true },
};

export const SHAPES = {
  single: { layers: 1, bidirectional: false },
  deep: { layers: 2, bidirectional: false },
  bidirectional: { layers: 1, bidirectional: true },
  'deep bidirectional': { layers: 2, bidirectional: true },
} as const;

/** The shapes the core builds for a cell (a Jordan net has one layer; so has the 1997 gradient). */
export function shapesFor(cell: CellSpec): (keyof typeof SHAPES)[] {
  return (Object.keys(SHAPES) as (keyof typeof SHAPES)[]).filter((shape) => {
    try {
      checkSpec(caseSpec(cell, 'softmax', shape));
      return true;
    } catch {
      return false;
    }
  });
}

/** Sizes that are not multiples of four, so the SIMD loops' scalar tails run too. */
export function caseSpec(
  cell: CellSpec,
  output: OutputKind,
  shape: keyof typeof SHAPES,
): ModelSpec {
  return { cell, inputSize: 7, hiddenSize: 9, outputSize: 5, output, ...SHAPES[shape] };
}

/**
 * Weights drawn uniformly in ±0.5 everywhere (biases and peepholes too, so their gradients are
 * not trivial), rounded to float32 so both engines start from the same numbers.
 */
export function float32Weights(spec: ModelSpec, seed: number): Float64Array {
  const rng = createRng(seed);
  const w = new Float64Array(createModel(spec).layout.size);
  for (let k = 0; k < w.length; k++) w[k] = Math.fround(uniform(rng, -0.5, 0.5));
  return w;
}

/**
 * A sequence of T steps: one-hot inputs for softmax models (the engine's column path), dense
 * ones otherwise; a target at every step but the first two (null targets are skipped).
 */
export function caseSample(spec: ModelSpec, T: number, seed: number): Sample {
  const rng = createRng(seed);
  const inputs: Float64Array[] = [];
  const targets: Sample['targets'][number][] = [];
  for (let t = 0; t < T; t++) {
    const x = new Float64Array(spec.inputSize);
    if (spec.output === 'softmax') x[Math.floor(rng.next() * spec.inputSize)] = 1;
    else for (let k = 0; k < x.length; k++) x[k] = Math.fround(uniform(rng, -1, 1));
    inputs.push(x);
    if (t < 2) targets.push(null);
    else if (spec.output === 'softmax') targets.push(Math.floor(rng.next() * spec.outputSize));
    else {
      const d = new Float64Array(spec.outputSize);
      for (let k = 0; k < d.length; k++)
        d[k] =
          spec.output === 'sigmoid' ? (rng.next() < 0.5 ? 0 : 1) : Math.fround(uniform(rng, -1, 1));
      targets.push(d);
    }
  }
  return { inputs, targets };
}

/** The largest |a[k] − b[k]|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k]! - b[k]!));
  return m;
}
