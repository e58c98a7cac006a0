import type { StepCache } from '../cells/types';
import { gemvAdd, gemvTAdd, outerAdd, vecAdd } from '../cells/kernels';
import { stepLoss, type Target } from '../losses';
import { slice, type Model } from '../model/model';
import type { Sample } from '../model/run';
import { TrainingRefusal } from './refusal';

/**
 * Real-time recurrent learning (Williams & Zipser 1989): carry the sensitivities
 * P_t = ∂state_t/∂θ forward in time,
 *
 *   P_t = J_t P_{t−1} + D_t,   J_t = ∂state_t/∂state_{t−1},   D_t = ∂state_t/∂θ (direct),
 *
 * so the gradient of each step's error is available at once, online, with no trace of the
 * past: ∂E_t/∂θ = (∂E_t/∂state_t) P_t. For n hidden units P has O(n³) entries and the update
 * costs O(n⁴) per step. Single-layer, unidirectional models whose output is part of the state
 * (SRN, clockwork, GRU, LSTM).
 */
interface RtrlStep {
  readonly loss: number;
  /** This step's gradient ∂E_t/∂θ in the model's layout (zero when the step has no target). */
  readonly grad: Float64Array;
  readonly cache: StepCache;
  /** z_t */
  readonly logits: Float64Array;
  /** ∂z_t/∂θ, O × model size (for EKF). */
  readonly outputJacobian: () => Float64Array;
}

interface Rtrl {
  /** Back to s_{−1} = 0 and P = 0 (a new sequence). */
  reset(): void;
  /** One time step with the given weights. */
  step(params: Float64Array, x: Float64Array, target: Target): RtrlStep;
}

/** What keeps RTRL from `model`, or null: it covers one unidirectional layer with a head. */
export function rtrlModelProblem(model: Model): 'deep' | 'bidirectional' | 'noHead' | null {
  if (model.layers.length !== 1) return 'deep';
  if (model.layers[0]!.backward) return 'bidirectional';
  return model.head ? null : 'noHead';
}

export function checkRtrlModel(model: Model): void {
  const why = rtrlModelProblem(model);
  if (why)
    throw new TrainingRefusal(
      { code: 'rtrlModel', algorithm: 'rtrl', why },
      'RTRL here covers single-layer, unidirectional models with an output head',
    );
}

export function createRtrl(model: Model): Rtrl {
  checkRtrlModel(model);
  const placed = model.layers[0]!.forward;
  const { cell } = placed;
  const head = model.head!;
  const S = cell.stateSize;
  const Pc = cell.layout.size;
  const H = cell.outputSize;
  const O = model.spec.outputSize;
  let state: Float64Array = new Float64Array(S);
  let P: Float64Array = new Float64Array(S * Pc);
  // The step index matters to clockwork cells (which modules run).
  let t = 0;

  return {
    reset() {
      state = new Float64Array(S);
      P = new Float64Array(S * Pc);
      t = 0;
    },
    step(params, x, target) {
      const p = slice(params, placed);
      const cache = cell.forward(p, x, state, t++);
      const J = cell.stateJacobian(p, cache);
      const D = cell.paramJacobian(p, cache);
      // P ← J P + D
      const next = D.data;
      for (let i = 0; i < S; i++) {
        const row = i * Pc;
        for (let k = 0; k < S; k++) {
          const jik = J.data[i * S + k]!;
          if (jik === 0) continue;
          const src = k * Pc;
          for (let q = 0; q < Pc; q++) next[row + q]! += jik * P[src + q]!;
        }
      }
      P = next;
      state = cache.state as Float64Array;
      const h = cache.out;
      const logits = params.slice(head.offset + O * H, head.offset + O * H + O);
      gemvAdd(logits, params, head.offset, O, H, h);
      const grad = new Float64Array(model.layout.size);
      let loss = 0;
      if (target !== null) {
        const step = stepLoss(model.spec.output, logits, target);
        loss = step.loss;
        outerAdd(grad, head.offset, step.dLogits, h);
        vecAdd(grad, head.offset + O * H, step.dLogits);
        // ∂E/∂h = Vᵀ dz; h is the leading part of the state.
        const dh = new Float64Array(H);
        gemvTAdd(dh, params, head.offset, O, H, step.dLogits);
        const g = slice(grad, placed);
        for (let i = 0; i < H; i++) {
          const e = dh[i]!;
          if (e === 0) continue;
          const row = i * Pc;
          for (let q = 0; q < Pc; q++) g[q]! += e * P[row + q]!;
        }
      }
      const sensitivities = P;
      const outputJacobian = () => {
        const N = model.layout.size;
        const Jz = new Float64Array(O * N);
        for (let k = 0; k < O; k++) {
          const row = k * N;
          for (let i = 0; i < H; i++) {
            const v = params[head.offset + k * H + i]!;
            if (v !== 0)
              for (let q = 0; q < Pc; q++)
                Jz[row + placed.offset + q]! += v * sensitivities[i * Pc + q]!;
            Jz[row + head.offset + k * H + i] = h[i]!;
          }
          Jz[row + head.offset + O * H + k] = 1;
        }
        return Jz;
      };
      return { loss, grad, cache, logits, outputJacobian };
    },
  };
}

/** RTRL over a whole sequence with fixed weights: Σ_t ∂E_t/∂θ (equals BPTT's gradient). */
export function rtrlGradient(model: Model, params: Float64Array, sample: Sample) {
  const rtrl = createRtrl(model);
  const grad = new Float64Array(model.layout.size);
  let loss = 0;
  sample.inputs.forEach((x, t) => {
    const step = rtrl.step(params, x, sample.targets[t] ?? null);
    loss += step.loss;
    for (let k = 0; k < grad.length; k++) grad[k]! += step.grad[k]!;
  });
  return { loss, grad };
}
