import { createRng, uniform, type Rng } from '../rng';
import { blockView, type ParamBlock } from '../params';
import type { Model } from './model';

/**
 * How to draw the starting weights.
 * - uniform: U(−1/√n, 1/√n) with n the block's fan-in (its number of columns);
 * - gaussian: N(0, σ²);
 * - identity: recurrent matrices start as the identity, others N(0, 0.001²) — the IRNN of
 *   Le, Jaitly & Hinton (2015), meant for ReLU units.
 * Biases start at 0 except the LSTM forget gate's (the spec's forgetBias). Recurrent matrices can
 * then be rescaled to a chosen spectral radius (see scaleRecurrent in ../linalg when needed).
 */
export type InitScheme =
  | { readonly kind: 'uniform' }
  | { readonly kind: 'gaussian'; readonly std: number }
  | { readonly kind: 'identity'; readonly scale?: number };

/** N(0, 1) by Box–Muller from the seeded generator. */
export function standardNormal(rng: Rng): number {
  let u = 0;
  while (u === 0) u = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

const isBias = (b: ParamBlock) => b.cols === 1 && /(^|\.)(b|c)$/.test(b.name);
const isPeephole = (b: ParamBlock) => /\.p_[ifo]$/.test(b.name);
/** How many H × H recurrent matrices a block stacks (gates), 0 when it is not recurrent. */
function recurrentGates(model: Model, b: ParamBlock): number {
  if (b.name.startsWith('head.')) return 0;
  switch (model.spec.cell.kind) {
    case 'srn':
    case 'clockwork':
      return b.name.endsWith('.W') ? 1 : 0;
    case 'gru':
    case 'lstm':
      return b.name.endsWith('.Wh') ? b.rows / b.cols : 0;
    case 'jordan':
      return 0;
  }
}

export function initParams(
  model: Model,
  seed: number,
  scheme: InitScheme = { kind: 'uniform' },
): Float64Array {
  const rng = createRng(seed);
  const params = new Float64Array(model.layout.size);
  for (const b of model.layout.blocks) {
    const v = blockView(params, b);
    if (isBias(b)) continue;
    if (isPeephole(b)) {
      for (let k = 0; k < v.length; k++) v[k] = uniform(rng, -0.1, 0.1);
      continue;
    }
    const gates = recurrentGates(model, b);
    if (scheme.kind === 'identity' && gates > 0) {
      for (let g = 0; g < gates; g++)
        for (let i = 0; i < b.cols; i++) v[(g * b.cols + i) * b.cols + i] = scheme.scale ?? 1;
      continue;
    }
    for (let k = 0; k < v.length; k++) {
      v[k] =
        scheme.kind === 'uniform'
          ? uniform(rng, -1 / Math.sqrt(b.cols), 1 / Math.sqrt(b.cols))
          : standardNormal(rng) * (scheme.kind === 'gaussian' ? scheme.std : 0.001);
    }
  }
  applyForgetBias(model, params);
  if (model.frozen) for (let k = 0; k < params.length; k++) if (model.frozen[k]) params[k] = 0;
  return params;
}

function applyForgetBias(model: Model, params: Float64Array): void {
  const { cell } = model.spec;
  if (cell.kind !== 'lstm' || cell.forgetBias === 0) return;
  const H = model.spec.hiddenSize;
  for (const b of model.layout.blocks) {
    if (!/\.b$/.test(b.name) || b.name.startsWith('head.')) continue;
    // Gate rows are i, f, g, o: the forget gate's biases are rows H..2H−1.
    blockView(params, b).fill(cell.forgetBias, H, 2 * H);
  }
}
