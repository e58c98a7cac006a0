import { createModel, parameterCount, type ModelSpec } from '../model';

/**
 * Equal parameter budgets (Koutník et al. 2014 compare the CW-RNN, the SRN and the LSTM at
 * equal numbers of parameters): for a budget, the hidden size of each architecture whose EXACT
 * number of trainable parameters — the engine's `parameterCount`, which leaves out the clockwork
 * mask's frozen zeros — comes closest to it. The networks of the generation experiment read no
 * input (inputSize 0) and write one value per step through a linear head.
 */
export type WaveModelKind = 'clockwork' | 'srn' | 'lstm';

/** The three architectures, in the order figures and tables list them. */
export const WAVE_MODELS: readonly WaveModelKind[] = ['clockwork', 'srn', 'lstm'];

/** Exponential clock periods 1, 2, 4, …, 2^(g−1), fastest first. */
export function exponentialPeriods(modules: number): number[] {
  return Array.from({ length: modules }, (_, i) => 2 ** i);
}

/** The generation network of one architecture: no input, one linear output. */
export function waveSpec(
  kind: WaveModelKind,
  hiddenSize: number,
  periods: readonly number[],
): ModelSpec {
  const base = {
    inputSize: 0,
    outputSize: 1,
    output: 'linear',
    layers: 1,
    bidirectional: false,
    hiddenSize,
  } as const;
  switch (kind) {
    case 'clockwork':
      return { ...base, cell: { kind: 'clockwork', activation: 'tanh', periods } };
    case 'srn':
      return { ...base, cell: { kind: 'srn', activation: 'tanh' } };
    case 'lstm':
      return { ...base, cell: { kind: 'lstm', peepholes: false, forgetBias: 1 } };
  }
}

export interface SizedModel {
  readonly kind: WaveModelKind;
  readonly hiddenSize: number;
  /** The engine's parameterCount of the model: trainable parameters, exactly. */
  readonly parameters: number;
  readonly spec: ModelSpec;
}

/** The largest hidden size tried: far beyond any budget a figure offers. */
const MAX_HIDDEN = 512;

/**
 * The hidden size of `kind` whose exact parameter count is closest to `budget` (the smaller
 * network on a tie). A clockwork RNN needs at least one unit per module, so its smallest size is
 * `periods.length` even when that overshoots a tiny budget. Counts grow with the hidden size, so
 * the search stops at the first count past the budget.
 */
export function sizeForBudget(
  kind: WaveModelKind,
  budget: number,
  periods: readonly number[],
): SizedModel {
  if (!(budget > 0)) throw new Error(`a parameter budget is a positive number, got ${budget}`);
  let best: SizedModel | null = null;
  for (let h = kind === 'clockwork' ? periods.length : 1; h <= MAX_HIDDEN; h++) {
    const spec = waveSpec(kind, h, periods);
    const parameters = parameterCount(createModel(spec));
    if (!best || Math.abs(parameters - budget) < Math.abs(best.parameters - budget))
      best = { kind, hiddenSize: h, parameters, spec };
    if (parameters >= budget) break;
  }
  return best!;
}

/** The three architectures sized for one budget. */
export function equalBudgetSizes(
  budget: number,
  periods: readonly number[],
): Record<WaveModelKind, SizedModel> {
  return {
    clockwork: sizeForBudget('clockwork', budget, periods),
    srn: sizeForBudget('srn', budget, periods),
    lstm: sizeForBudget('lstm', budget, periods),
  };
}
