import { createModel, type Model, parameterCount } from '../model/model';
import { forward } from '../model/run';
import { initParams } from '../model/init';
import { block, blockView } from '../params';

/**
 * The clockwork RNN's clock (Koutník et al. 2014), as chapter 4 writes it: g modules of k units,
 * fastest first, module i with period T_i. Steps count from t = 0 in the chapter and in the
 * engine alike (`forward` hands the cell t = 0, 1, …), so module i runs at t = 0, T_i, 2T_i, …:
 * exactly when t mod T_i = 0, and every module runs at t = 0.
 */
export interface ClockNetwork {
  /** Periods, fastest first (non-decreasing positive integers). */
  readonly periods: readonly number[];
  /** Units per module, k. */
  readonly unitsPerModule: number;
  /** Inputs I and outputs K of the network the counts are for. */
  readonly inputs: number;
  readonly outputs: number;
}

/** Which modules run at step t: module i exactly when t mod T_i = 0. */
export function activeModules(periods: readonly number[], t: number): boolean[] {
  return periods.map((T) => t % T === 0);
}

/** The last step ≤ t at which a module of period T ran (where its held value comes from). */
export function lastTick(T: number, t: number): number {
  return t - (t % T);
}

/** Recurrent-layer multiply-adds of module i (0-based) when it runs: k·I for U, k·k(g − i) for its W row. */
function moduleWork(net: ClockNetwork, i: number): number {
  const k = net.unitsPerModule;
  const g = net.periods.length;
  return k * net.inputs + k * k * (g - i);
}

/** Multiply-adds of the recurrent layer at step t, counted module by module. */
export function stepMultiplyAdds(net: ClockNetwork, t: number): number {
  let n = 0;
  activeModules(net.periods, t).forEach((on, i) => {
    if (on) n += moduleWork(net, i);
  });
  return n;
}

/** Parameters of one recurrent network, by block, as the engine's layout holds them. */
export interface ParameterBreakdown {
  /** U: H × I. */
  readonly input: number;
  /** W: the nonzero blocks only (the clockwork's lower-left blocks are structurally zero). */
  readonly recurrent: number;
  /** b: H. */
  readonly bias: number;
  /** V and c of the output layer: K·H + K. */
  readonly output: number;
  readonly total: number;
  /** Recurrent-layer multiply-adds per step, averaged over a long run (U x_t and W s_{t−1}). */
  readonly averageWork: number;
  /** The most any one step costs (a step where every module runs). */
  readonly peakWork: number;
}

export interface ClockCounts {
  readonly clockwork: ParameterBreakdown;
  /** The SRN with the same H = g·k units. */
  readonly srn: ParameterBreakdown;
}

/**
 * Parameter and work counts of the CW-RNN against an SRN of the same size, from the formulas of
 * the chapter: k²·g(g+1)/2 recurrent weights against H², and Σ_i (kI + k²(g − i + 1)) / T_i
 * multiply-adds per step on average against HI + H².
 */
export function clockCounts(net: ClockNetwork): ClockCounts {
  const g = net.periods.length;
  const k = net.unitsPerModule;
  const H = g * k;
  const I = net.inputs;
  const K = net.outputs;
  const shared = { input: H * I, bias: H, output: K * H + K };
  const cwRecurrent = (k * k * g * (g + 1)) / 2;
  let average = 0;
  let peak = 0;
  for (let i = 0; i < g; i++) {
    average += moduleWork(net, i) / net.periods[i]!;
    peak += moduleWork(net, i);
  }
  const srnWork = H * I + H * H;
  return {
    clockwork: {
      ...shared,
      recurrent: cwRecurrent,
      total: shared.input + cwRecurrent + shared.bias + shared.output,
      averageWork: average,
      peakWork: peak,
    },
    srn: {
      ...shared,
      recurrent: H * H,
      total: shared.input + H * H + shared.bias + shared.output,
      averageWork: srnWork,
      peakWork: srnWork,
    },
  };
}

/** The engine's own models for the network: the CW-RNN and the SRN with the same units. */
export function clockModels(net: ClockNetwork): { clockwork: Model; srn: Model } {
  const base = {
    inputSize: net.inputs,
    hiddenSize: net.periods.length * net.unitsPerModule,
    outputSize: net.outputs,
    layers: 1,
    bidirectional: false,
    output: 'linear',
  } as const;
  return {
    clockwork: createModel({
      ...base,
      cell: { kind: 'clockwork', activation: 'tanh', periods: net.periods },
    }),
    srn: createModel({ ...base, cell: { kind: 'srn', activation: 'tanh' } }),
  };
}

/** Trainable parameters of both networks as the engine counts them (parameterCount). */
export function engineParameterCounts(net: ClockNetwork): { clockwork: number; srn: number } {
  const { clockwork, srn } = clockModels(net);
  return { clockwork: parameterCount(clockwork), srn: parameterCount(srn) };
}

/** The weights of the run: the chapter's hand-set example, or the engine's seeded initialisation. */
export type ClockWeights =
  { readonly kind: 'hand' } | { readonly kind: 'seeded'; readonly seed: number };
/** What the network reads: one pulse x_0 = 1 (the chapter's example), or a cosine of period 12 steps. */
export type ClockInput = 'pulse' | 'wave';

export interface ClockRun {
  /** x_t, t = 0 … steps − 1. */
  readonly inputs: readonly number[];
  /** s_t as the engine computed it, H values per step (module after module). */
  readonly states: readonly Float64Array[];
}

export function clockInputs(kind: ClockInput, steps: number): number[] {
  return Array.from({ length: steps }, (_, t) =>
    kind === 'pulse' ? (t === 0 ? 1 : 0) : Math.cos((2 * Math.PI * t) / 12),
  );
}

/**
 * Runs the engine's clockwork cell over `steps` steps. Hand-set weights are the chapter's
 * example generalised to k units: U = 1, every allowed W entry 0.5/k (0.5 for k = 1), no bias.
 */
export function runClock(
  net: ClockNetwork,
  weights: ClockWeights,
  input: ClockInput,
  steps: number,
): ClockRun {
  const { clockwork: model } = clockModels(net);
  const params =
    weights.kind === 'seeded'
      ? initParams(model, weights.seed, { kind: 'gaussian', std: 0.6 })
      : handParams(model, net.unitsPerModule);
  const inputs = clockInputs(input, steps);
  const trace = forward(
    model,
    params,
    inputs.map((x) => Float64Array.of(...Array.from({ length: net.inputs }, () => x))),
  );
  return { inputs, states: trace.layers[0]!.forward.map((c) => c.state) };
}

function handParams(model: Model, k: number): Float64Array {
  const params = new Float64Array(model.layout.size);
  blockView(params, block(model.layout, 'l0.fwd.U')).fill(1);
  const W = block(model.layout, 'l0.fwd.W');
  const view = blockView(params, W);
  for (let e = 0; e < view.length; e++) view[e] = model.frozen![W.offset + e] ? 0 : 0.5 / k;
  return params;
}

/** The number of steps a figure shows for these periods: two turns of the slowest clock and one step, 17 to 257. */
export function runLength(periods: readonly number[]): number {
  const slowest = Math.max(...periods);
  return Math.min(257, Math.max(17, 2 * slowest + 1));
}
