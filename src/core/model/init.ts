import { lstmGateRows } from '../cells/lstmVariants';
import { spectralRadius } from '../linalg/eigen';
import { orthogonal } from '../linalg/orthogonal';
import { createRng, gaussian, uniform } from '../rng';
import { blockView, type ParamBlock } from '../params';
import type { Model } from './model';

/**
 * How to draw the starting weights.
 * - uniform: U(−1/√n, 1/√n) with n the block's fan-in (its number of columns);
 * - gaussian: N(0, σ²);
 * - identity: recurrent matrices start as the identity, others N(0, 0.001²) — the IRNN of
 *   Le, Jaitly & Hinton (2015), meant for ReLU units;
 * - orthogonal: recurrent matrices Haar-random orthogonal (all singular values 1).
 * Biases start at 0 except the LSTM forget gate's (the spec's forgetBias). Recurrent matrices can
 * then be rescaled to a chosen spectral radius ρ (max |eigenvalue|), the knob of chapter 2.
 */
export type InitScheme =
  | { readonly kind: 'uniform' }
  | { readonly kind: 'gaussian'; readonly std: number }
  | { readonly kind: 'identity'; readonly scale?: number }
  /** Recurrent matrices random orthogonal (Saxe, McClelland & Ganguli 2014), others uniform. */
  | { readonly kind: 'orthogonal'; readonly gain?: number };

export interface InitOptions {
  /** Afterwards, rescale every recurrent H × H matrix to this spectral radius. */
  readonly spectralRadius?: number;
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
  options: InitOptions = {},
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
    if (scheme.kind === 'orthogonal' && gates > 0) {
      const n = b.cols;
      for (let g = 0; g < gates; g++)
        v.set(
          orthogonal(n, rng).data.map((x) => x * (scheme.gain ?? 1)),
          g * n * n,
        );
      continue;
    }
    for (let k = 0; k < v.length; k++) {
      v[k] =
        scheme.kind === 'uniform'
          ? uniform(rng, -1 / Math.sqrt(b.cols), 1 / Math.sqrt(b.cols))
          : scheme.kind === 'orthogonal'
            ? uniform(rng, -1 / Math.sqrt(b.cols), 1 / Math.sqrt(b.cols))
            : gaussian(rng) * (scheme.kind === 'gaussian' ? scheme.std : 0.001);
    }
  }
  applyForgetBias(model, params);
  if (model.frozen) for (let k = 0; k < params.length; k++) if (model.frozen[k]) params[k] = 0;
  if (options.spectralRadius !== undefined) scaleRecurrent(model, params, options.spectralRadius);
  return params;
}

function applyForgetBias(model: Model, params: Float64Array): void {
  const { cell } = model.spec;
  if (cell.kind !== 'lstm' || cell.forgetBias === 0) return;
  const H = model.spec.hiddenSize;
  // Gate rows are i, f, g, o less the variant's absent gates (lstmVariants.ts).
  const f = lstmGateRows(cell.variant).indexOf('f');
  if (f < 0) return;
  for (const b of model.layout.blocks) {
    if (!/\.b$/.test(b.name) || b.name.startsWith('head.')) continue;
    blockView(params, b).fill(cell.forgetBias, f * H, (f + 1) * H);
  }
}

/**
 * Rescales every recurrent H × H matrix (each gate's, for GRU and LSTM) so that its spectral
 * radius is ρ. A clockwork W keeps its mask (scaling does not move zeros).
 */
function scaleRecurrent(model: Model, params: Float64Array, rho: number): void {
  if (!(rho >= 0) || !Number.isFinite(rho))
    throw new Error(`the spectral radius must be a number ≥ 0, got ${rho}`);
  for (const b of model.layout.blocks) {
    const gates = recurrentGates(model, b);
    const n = b.cols;
    for (let g = 0; g < gates; g++) {
      const view = blockView(params, b).subarray(g * n * n, (g + 1) * n * n);
      const current = spectralRadius({ rows: n, cols: n, data: Float64Array.from(view) });
      if (current > 0) for (let k = 0; k < view.length; k++) view[k]! *= rho / current;
    }
  }
}
