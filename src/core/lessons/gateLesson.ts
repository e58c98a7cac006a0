import { createRng, uniform } from '../rng';
import { blockPathNorms, forgetPathNorms } from './gatePaths';
import { gruGateJacobian, gruGateRun, type GruGateName, type GruGateStep } from './gruGates';
import type { HeldGate } from './heldGates';
import { lstmGateJacobian, lstmGateRun, type LstmGateName, type LstmGateStep } from './lstmGates';

/**
 * Chapter 3's side-by-side cells: an LSTM and a GRU with seeded weights read the same inputs,
 * with any gates the reader holds by hand, and the gradient paths measured on their Jacobians.
 */
export interface GateLessonInput {
  readonly xs: readonly Float64Array[];
  readonly hidden: number;
  readonly seed: number;
  /** Added to the LSTM's forget-gate bias (Gers et al. 2000 start it positive). */
  readonly forgetBias: number;
  readonly lstmHolds?: readonly HeldGate<LstmGateName>[];
  readonly gruHolds?: readonly HeldGate<GruGateName>[];
}

export interface GatePaths {
  /** ‖∂c_T/∂c_k‖₂ by lag T − k: the cell block of the LSTM's Jacobian product. */
  readonly cell: number[];
  /** ‖∂s_T/∂s_k‖₂ by lag: the LSTM's hidden-state block. */
  readonly hidden: number[];
  /** max_j ∏ f_{t,j}: the cell path alone, without the gates' terms. */
  readonly forgetOnly: number[];
  /** ‖∂s_T/∂s_k‖₂ by lag for the GRU. */
  readonly gru: number[];
}

export interface GateLesson {
  readonly lstmParams: Float64Array;
  readonly gruParams: Float64Array;
  readonly lstm: LstmGateStep[];
  readonly gru: GruGateStep[];
  /** Measured back from the last step T; entry `lag` is k = T − lag, the last is the start state. */
  readonly paths: GatePaths;
}

/**
 * Seeded weights, uniform in [−1, 1), in the core layouts: the LSTM's (4H × I, 4H × H, 4H)
 * drawn first, then the GRU's (3H × I, 3H × H, 3H); `forgetBias` is added to b_f.
 */
export function gateLessonWeights(
  inputSize: number,
  hidden: number,
  seed: number,
  forgetBias: number,
): { lstm: Float64Array; gru: Float64Array } {
  const rng = createRng(seed);
  const draw = (n: number) => Float64Array.from({ length: n }, () => uniform(rng, -1, 1));
  const H = hidden;
  const lstm = draw(4 * H * (inputSize + H + 1));
  const bf = 4 * H * (inputSize + H) + H;
  for (let j = 0; j < H; j++) lstm[bf + j]! += forgetBias;
  const gru = draw(3 * H * (inputSize + H + 1));
  return { lstm, gru };
}

export function gateLesson(input: GateLessonInput): GateLesson {
  const { xs, hidden: H } = input;
  const { lstm: lstmParams, gru: gruParams } = gateLessonWeights(
    xs[0]?.length ?? 0,
    H,
    input.seed,
    input.forgetBias,
  );
  const lstm = lstmGateRun(lstmParams, H, xs, input.lstmHolds);
  const gru = gruGateRun(gruParams, H, xs, input.gruHolds);
  const lstmJ = lstm.map((step) => lstmGateJacobian(lstmParams, H, step));
  const gruJ = gru.map((step) => gruGateJacobian(gruParams, H, step));
  return {
    lstmParams,
    gruParams,
    lstm,
    gru,
    paths: {
      cell: blockPathNorms(lstmJ, { from: H, to: 2 * H }),
      hidden: blockPathNorms(lstmJ, { from: 0, to: H }),
      forgetOnly: forgetPathNorms(lstm.map((step) => step.gates.f.value)),
      gru: blockPathNorms(gruJ, { from: 0, to: H }),
    },
  };
}
