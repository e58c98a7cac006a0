import type { ActivationName } from '../activations';
import type { Matrix } from '../matrix';
import type { ParamLayout } from '../params';
import type { LstmVariant } from './lstmVariants';

/** What one time step of a cell leaves behind for the backward pass and the diagnostics. */
export interface StepCache {
  /** The carried state after the step (LSTM: [h; c], Jordan: the output y). */
  readonly state: Float64Array;
  /** What the layer above or the head reads (h for most cells, the logits z for Jordan). */
  readonly out: Float64Array;
  /** The input x_t the step read. */
  readonly x: Float64Array;
  /** The state before the step. */
  readonly prev: Float64Array;
  /** Gate activations by name (LSTM: i, f, g, o; GRU: z, r, c), for the diagnostics. */
  readonly gates?: Readonly<Record<string, Float64Array>>;
}

/**
 * A recurrent cell over its own slice `p` of the model's parameter vector. Every cell
 * implements the forward step, the backward step (reverse mode, for BPTT) and the step's
 * Jacobians (forward mode, for RTRL, EKF and the vanishing-gradient diagnostics).
 */
export interface Cell<C extends StepCache = StepCache> {
  readonly kind: CellKind;
  readonly inputSize: number;
  /** Size of h. */
  readonly hiddenSize: number;
  readonly stateSize: number;
  /** Size of `out`. */
  readonly outputSize: number;
  readonly layout: ParamLayout;
  /** Entries of the layout that are structurally zero (clockwork masks); no gradient flows to them. */
  readonly frozen?: Uint8Array;
  /** Time step t matters for clockwork cells (which modules run); others ignore it. */
  forward(p: Float64Array, x: Float64Array, prev: Float64Array, t: number): C;
  /**
   * Given ∂E/∂out_t and ∂E/∂state_t (from the next step), adds ∂E/∂θ into `grad` (the cell's
   * slice) and returns ∂E/∂x_t and ∂E/∂state_{t−1}. With `needDx` false (the first layer, whose
   * inputs are data) ∂E/∂x_t is left at zero and its cost saved.
   */
  backward(
    p: Float64Array,
    cache: C,
    dOut: Float64Array,
    dState: Float64Array,
    grad: Float64Array,
    needDx?: boolean,
  ): {
    dx: Float64Array;
    dPrev: Float64Array;
  };
  /** ∂state_t/∂state_{t−1}, stateSize × stateSize. */
  stateJacobian(p: Float64Array, cache: C): Matrix;
  /** ∂state_t/∂θ holding state_{t−1} and x_t fixed, stateSize × layout.size. */
  paramJacobian(p: Float64Array, cache: C): Matrix;
  /** ∂out_t/∂state_t: for cells whose out is part of the state this is a selection. */
  outFromState(cache: C): Matrix | null;
}

type CellKind = 'srn' | 'jordan' | 'gru' | 'lstm' | 'clockwork';

interface SrnSpec {
  readonly kind: 'srn';
  readonly activation: ActivationName;
}
interface JordanSpec {
  readonly kind: 'jordan';
  readonly activation: ActivationName;
}
interface GruSpec {
  readonly kind: 'gru';
}
export interface LstmSpec {
  readonly kind: 'lstm';
  /** Peepholes p_i, p_f, p_o for the sigmoid gates the variant has (Gers & Schmidhuber 2000). */
  readonly peepholes: boolean;
  /**
   * Initial bias of the forget gate (Gers et al. 2000 suggest a positive value, e.g. 1); ignored
   * by variants without forget-gate rows (nfg, cifg).
   */
  readonly forgetBias: number;
  /** Greff et al. (2017)'s one-change variants (lstmVariants.ts); absent means 'standard'. */
  readonly variant?: LstmVariant;
  /** The 1997 truncated gradient (lstmVariants.ts): only the cell state carries error back in time. */
  readonly truncatedGradient?: boolean;
}
interface ClockworkSpec {
  readonly kind: 'clockwork';
  readonly activation: ActivationName;
  /** Periods of the modules, fastest first, e.g. [1, 2, 4, 8]; hidden units split evenly. */
  readonly periods: readonly number[];
}
export type CellSpec = SrnSpec | JordanSpec | GruSpec | LstmSpec | ClockworkSpec;
