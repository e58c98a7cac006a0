import { layoutOf } from '../params';
import { jacobiansFromBackward, leadingSelection } from './jacobians';
import { gemvAdd, gemvTAdd, outerAdd, sigmoid, vecAdd } from './kernels';
import type { LstmCache } from './lstm';
import type { Cell, LstmSpec } from './types';

/**
 * The LSTM variants of Greff, Srivastava, Koutník, Steunebrink & Schmidhuber (2017), "LSTM: a
 * search space odyssey", each one change from the standard cell of lstm.ts:
 *
 * - `standard`: i, f, g, o as in lstm.ts (Greff's "vanilla" is this with peepholes; "NP" is it
 *   without);
 * - `nig`  no input gate (i = 1);          `nfg`  no forget gate (f = 1);
 * - `nog`  no output gate (o = 1);         `niaf` no input activation (g is linear);
 * - `noaf` no output activation (h = o ∘ c);
 * - `cifg` coupled input and forget gate (f = 1 − i: no f rows, no p_f);
 * - `fgr`  full gate recurrence: the gates i, f, o also read all three gates of the previous
 *   step through `Wgg` (3H × 3H, rows i, f, o; columns i_{t−1}, f_{t−1}, o_{t−1}), so the
 *   state is [h; c; i; f; o] (5H).
 *
 * Weight layout, the same rules as lstm.ts with absent gates' rows left out: Wx (G·H × I),
 * Wh (G·H × H), b (G·H × 1) with the present gates' rows in the order i, f, g, o (G of them);
 * then `Wgg` for fgr; then, with peepholes, p_i, p_f, p_o for the gates that exist.
 *
 * The 1997 cell (Hochreiter & Schmidhuber 1997) is `nfg` without peepholes (squashing with tanh
 * here, where the paper scaled logistic functions to [−2, 2] and [−1, 1]). With
 * `truncatedGradient` the backward pass is the 1997 one: an error that reaches the net input of
 * a gate or of the cell input changes that net input's incoming weights but goes no further —
 * not back in time through h_{t−1} (or the previous gates, for fgr), not through the
 * peepholes, not down to the input x. Only the cell state carries error back in time
 * (∂E/∂c_{t−1} = ∂E/∂c_t ∘ f_t, the constant error carousel). It is the exact gradient of the
 * loss with every net input's state arguments held at their values, and nothing else.
 *
 * The cache's `gates` always hold i, f, g, o and c; an absent gate reads as its constant (1)
 * and cifg's f as 1 − i, so the diagnostics work unchanged.
 */
export const LSTM_VARIANTS = [
  'standard',
  'nig',
  'nfg',
  'nog',
  'niaf',
  'noaf',
  'cifg',
  'fgr',
] as const;
export type LstmVariant = (typeof LSTM_VARIANTS)[number];

/** Greff et al. (2017)'s eight variants, by the paper's names, as cell specs. */
export const GREFF_VARIANTS = [
  'vanilla',
  'nig',
  'nfg',
  'nog',
  'niaf',
  'noaf',
  'np',
  'cifg',
  'fgr',
] as const;
export type GreffVariant = (typeof GREFF_VARIANTS)[number];

/** The cell spec of a Greff variant: vanilla has peepholes, and so has every one-change variant but NP. */
export function greffCell(name: GreffVariant, forgetBias = 0): LstmSpec {
  if (name === 'vanilla') return { kind: 'lstm', peepholes: true, forgetBias };
  if (name === 'np') return { kind: 'lstm', peepholes: false, forgetBias };
  return { kind: 'lstm', peepholes: true, forgetBias, variant: name };
}

/** The 1997 cell: no forget gate, no peepholes; optionally trained with the 1997 truncated gradient. */
export function lstm1997Cell(truncatedGradient = false): LstmSpec {
  return {
    kind: 'lstm',
    peepholes: false,
    forgetBias: 0,
    variant: 'nfg',
    ...(truncatedGradient ? { truncatedGradient } : {}),
  };
}

type GateName = 'i' | 'f' | 'g' | 'o';

/** The gates that have rows in Wx/Wh/b, in layout order. */
export function lstmGateRows(variant: LstmVariant = 'standard'): GateName[] {
  const absent: Partial<Record<LstmVariant, GateName>> = {
    nig: 'i',
    nfg: 'f',
    nog: 'o',
    cifg: 'f',
  };
  return (['i', 'f', 'g', 'o'] as const).filter((gate) => gate !== absent[variant]);
}

/** Whether the spec is the standard cell of lstm.ts (the one the tfjs engine has), with the full gradient. */
export function isStandardLstm(spec: LstmSpec): boolean {
  return (spec.variant ?? 'standard') === 'standard' && !spec.truncatedGradient;
}

/** Why the tfjs engine cannot run this LSTM, or null: it has the standard cell only. */
export function lstmTfProblem(spec: LstmSpec): string | null {
  if (isStandardLstm(spec)) return null;
  const what = spec.truncatedGradient
    ? 'the 1997 truncated gradient'
    : `the LSTM variant "${spec.variant}"`;
  return `${what} runs only on the typed-array engine: the tfjs engine has the standard LSTM only`;
}

/** Why a spec's variant fields cannot build a cell, or null. */
export function lstmVariantProblem(spec: LstmSpec): string | null {
  const { variant } = spec;
  if (variant !== undefined && !(LSTM_VARIANTS as readonly unknown[]).includes(variant))
    return `unknown LSTM variant ${JSON.stringify(variant)}: this build knows ${LSTM_VARIANTS.join(', ')}`;
  if (spec.truncatedGradient !== undefined && typeof spec.truncatedGradient !== 'boolean')
    return `truncatedGradient must be true or false, got ${JSON.stringify(spec.truncatedGradient)}`;
  return null;
}

export function createLstmVariantCell(
  inputSize: number,
  hiddenSize: number,
  spec: Pick<LstmSpec, 'peepholes' | 'variant' | 'truncatedGradient'>,
): Cell<LstmCache> {
  const H = hiddenSize;
  const I = inputSize;
  const variant = spec.variant ?? 'standard';
  const truncated = spec.truncatedGradient === true;
  const rows = lstmGateRows(variant);
  const R = rows.length * H;
  const fgr = variant === 'fgr';
  const sigmoidGates = rows.filter((gate) => gate !== 'g');
  const peepGates: readonly GateName[] = spec.peepholes ? sigmoidGates : [];
  const layout = layoutOf([
    ['Wx', R, I],
    ['Wh', R, H],
    ['b', R, 1],
    ...(fgr ? ([['Wgg', 3 * H, 3 * H]] as const) : []),
    ...peepGates.map((gate) => [`p_${gate}`, H, 1] as const),
  ]);
  const offWh = R * I;
  const offB = offWh + R * H;
  const offWgg = offB + R;
  const offP = offWgg + (fgr ? 9 * H * H : 0);
  /** Row of a gate's first unit in Wx/Wh/b (its offset in the net input a), or −1. */
  const row = (gate: GateName) => rows.indexOf(gate) * H;
  const ri = row('i');
  const rf = row('f');
  const rg = row('g');
  const ro = row('o');
  /** Offset of a gate's peephole vector, or −1. */
  const peepAt = (gate: GateName) => {
    const k = peepGates.indexOf(gate);
    return k < 0 ? -1 : offP + k * H;
  };
  const pi = peepAt('i');
  const pf = peepAt('f');
  const po = peepAt('o');
  const peep = (at: number, j: number, p: Float64Array) => (at < 0 ? 0 : p[at + j]!);
  const linearInput = variant === 'niaf';
  const linearOutput = variant === 'noaf';
  const stateSize = fgr ? 5 * H : 2 * H;

  const cell: Cell<LstmCache> = {
    kind: 'lstm',
    inputSize: I,
    hiddenSize: H,
    stateSize,
    outputSize: H,
    layout,
    forward(p, x, prev) {
      const hPrev = prev.subarray(0, H);
      const cPrev = prev.subarray(H, 2 * H);
      const a = p.slice(offB, offB + R);
      gemvAdd(a, p, 0, R, I, x);
      gemvAdd(a, p, offWh, R, H, hPrev);
      // The gate rows of a are ordered i, f, (g), o; Wgg's rows are i, f, o: add them in place.
      const gateRecurrence = fgr ? new Float64Array(3 * H) : null;
      if (gateRecurrence) gemvAdd(gateRecurrence, p, offWgg, 3 * H, 3 * H, prev.subarray(2 * H));
      const i = new Float64Array(H).fill(1);
      const f = new Float64Array(H).fill(1);
      const g = new Float64Array(H);
      const o = new Float64Array(H).fill(1);
      const c = new Float64Array(H);
      const tc = new Float64Array(H);
      const state = new Float64Array(stateSize);
      const rec = (k: number, j: number) => (gateRecurrence ? gateRecurrence[k * H + j]! : 0);
      for (let j = 0; j < H; j++) {
        if (ri >= 0) i[j] = sigmoid(a[ri + j]! + rec(0, j) + peep(pi, j, p) * cPrev[j]!);
        if (rf >= 0) f[j] = sigmoid(a[rf + j]! + rec(1, j) + peep(pf, j, p) * cPrev[j]!);
        else if (variant === 'cifg') f[j] = 1 - i[j]!;
        g[j] = linearInput ? a[rg + j]! : Math.tanh(a[rg + j]!);
        c[j] = f[j]! * cPrev[j]! + i[j]! * g[j]!;
        if (ro >= 0) o[j] = sigmoid(a[ro + j]! + rec(2, j) + peep(po, j, p) * c[j]!);
        tc[j] = linearOutput ? c[j]! : Math.tanh(c[j]!);
        state[j] = o[j]! * tc[j]!;
        state[H + j] = c[j]!;
      }
      if (fgr) {
        state.set(i, 2 * H);
        state.set(f, 3 * H);
        state.set(o, 4 * H);
      }
      return {
        state,
        out: state.subarray(0, H),
        x,
        prev,
        i,
        f,
        g,
        o,
        c,
        tc,
        gates: { i, f, g, o, c },
      };
    },
    backward(p, cache, dOut, dState, grad, needDx = true) {
      const { i, f, g, o, c, tc, x, prev } = cache;
      const hPrev = prev.subarray(0, H);
      const cPrev = prev.subarray(H, 2 * H);
      const da = new Float64Array(R);
      const dPrev = new Float64Array(stateSize);
      // ∂E/∂(net input) of i, f, o in Wgg's row order, for fgr.
      const daGates = fgr ? new Float64Array(3 * H) : null;
      const fromState = (k: number, j: number) => (fgr ? dState[(2 + k) * H + j]! : 0);
      for (let j = 0; j < H; j++) {
        const dh = dOut[j]! + dState[j]!;
        const dtc = linearOutput ? 1 : 1 - tc[j]! * tc[j]!;
        const dao = ro >= 0 ? (dh * tc[j]! + fromState(2, j)) * o[j]! * (1 - o[j]!) : 0;
        let dc = dState[H + j]! + dh * o[j]! * dtc;
        if (!truncated) dc += dao * peep(po, j, p);
        const df = dc * cPrev[j]! + fromState(1, j);
        // With coupled gates f = 1 − i, so the error on f reaches i with the opposite sign.
        const di = dc * g[j]! + fromState(0, j) - (variant === 'cifg' ? df : 0);
        const dai = ri >= 0 ? di * i[j]! * (1 - i[j]!) : 0;
        const daf = rf >= 0 ? df * f[j]! * (1 - f[j]!) : 0;
        if (ri >= 0) da[ri + j] = dai;
        if (rf >= 0) da[rf + j] = daf;
        da[rg + j] = dc * i[j]! * (linearInput ? 1 : 1 - g[j]! * g[j]!);
        if (ro >= 0) da[ro + j] = dao;
        dPrev[H + j] = dc * f[j]!;
        if (!truncated) dPrev[H + j]! += dai * peep(pi, j, p) + daf * peep(pf, j, p);
        if (pi >= 0) grad[pi + j]! += dai * cPrev[j]!;
        if (pf >= 0) grad[pf + j]! += daf * cPrev[j]!;
        if (po >= 0) grad[po + j]! += dao * c[j]!;
        if (daGates) {
          daGates[j] = dai;
          daGates[H + j] = daf;
          daGates[2 * H + j] = dao;
        }
      }
      outerAdd(grad, 0, da, x);
      outerAdd(grad, offWh, da, hPrev);
      vecAdd(grad, offB, da);
      if (daGates) outerAdd(grad, offWgg, daGates, prev.subarray(2 * H));
      const dx = new Float64Array(I);
      if (!truncated) {
        gemvTAdd(dPrev.subarray(0, H), p, offWh, R, H, da);
        if (daGates) gemvTAdd(dPrev.subarray(2 * H), p, offWgg, 3 * H, 3 * H, daGates);
        if (needDx) gemvTAdd(dx, p, 0, R, I, da);
      }
      return { dx, dPrev };
    },
    stateJacobian: (p, cache) => jacobiansFromBackward(cell, p, cache).state,
    paramJacobian: (p, cache) => jacobiansFromBackward(cell, p, cache).params,
    outFromState: () => leadingSelection(H, stateSize),
  };
  return cell;
}
