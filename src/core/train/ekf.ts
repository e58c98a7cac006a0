import { lstmGateRows } from '../cells/lstmVariants';
import type { StepCache } from '../cells/types';
import { outputOf, stepLoss, type Target } from '../losses';
import type { Model } from '../model/model';
import { backward, forward, type Trace } from '../model/run';
import { globalNorm } from './clip';
import { diagonalGroup, kalmanUpdate, type KalmanGroup } from './kalman';
import { createRtrl } from './rtrl';

/**
 * Training a recurrent network with the extended Kalman filter (Williams 1992; Puskorius &
 * Feldkamp 1994): the weights are the filter's state, each step's output y_t = g(z_t) is the
 * measurement, and the Jacobian H_t = ∂y_t/∂w comes from RTRL (exact for the running weights)
 * or from truncated backpropagation through the last `truncation` steps (cheaper, approximate).
 */
interface EkfOptions {
  readonly decoupled: boolean;
  readonly jacobian: 'rtrl' | { readonly truncation: number };
  /** Initial covariance P0 = p0 I. */
  readonly p0: number;
  /** Measurement noise R = r I. */
  readonly r: number;
  /** Process noise Q = q I (keeps P from collapsing). */
  readonly q: number;
}

export const defaultEkfOptions: EkfOptions = {
  decoupled: false,
  jacobian: 'rtrl',
  p0: 100,
  r: 1,
  q: 1e-4,
};

/**
 * Node-decoupled groups: the incoming weights of each neuron (each row of a cell's matrices,
 * each gate unit of an LSTM or GRU, each output unit) form one group. Frozen weights are left out.
 */
export function nodeGroups(model: Model): Int32Array[] {
  const H = model.spec.hiddenSize;
  const { cell } = model.spec;
  // A peephole (and fgr's Wgg row) joins its gate's row of Wx/Wh/b; the gate rows depend on
  // the LSTM variant.
  const gateRows = lstmGateRows(cell.kind === 'lstm' ? cell.variant : undefined);
  const gateRow = (gate: 'i' | 'f' | 'o') => gateRows.indexOf(gate) * H;
  const sigmoidGates = ['i', 'f', 'o'] as const;
  const groups = new Map<string, number[]>();
  for (const b of model.layout.blocks) {
    const dot = b.name.lastIndexOf('.');
    const prefix = b.name.slice(0, dot);
    const name = b.name.slice(dot + 1);
    for (let row = 0; row < b.rows; row++) {
      let node: string;
      if (name === 'p_i') node = `gate${gateRow('i') + row}`;
      else if (name === 'p_f') node = `gate${gateRow('f') + row}`;
      else if (name === 'p_o') node = `gate${gateRow('o') + row}`;
      else if (name === 'Wgg')
        node = `gate${gateRow(sigmoidGates[Math.floor(row / H)]!) + (row % H)}`;
      else if (model.spec.cell.kind === 'jordan' && (name === 'V' || name === 'c'))
        node = `out${row}`;
      else node = `gate${row}`;
      const key = `${prefix}:${node}`;
      const list = groups.get(key) ?? [];
      for (let col = 0; col < b.cols; col++) {
        const k = b.offset + row * b.cols + col;
        if (!model.frozen?.[k]) list.push(k);
      }
      groups.set(key, list);
    }
  }
  return [...groups.values()].filter((g) => g.length > 0).map((g) => Int32Array.from(g));
}

type CachedStep = { layers: StepCache[]; output: Float64Array; logits: Float64Array };

/** The cached steps as a forward trace that `backward` can run through. */
function historyTrace(model: Model, history: readonly CachedStep[]): Trace {
  return {
    layers: model.layers.map((_, l) => ({
      forward: history.map((h) => h.layers[l]!),
      backward: null,
      outputs: history.map((h) => h.layers[l]!.out),
    })),
    logits: history.map((h) => h.logits),
  };
}

/** ∂y/∂z for the output kind: symmetric, O × O. */
function outputJacobian(kind: Model['spec']['output'], y: Float64Array): Float64Array {
  const O = y.length;
  const G = new Float64Array(O * O);
  for (let i = 0; i < O; i++) {
    if (kind === 'softmax')
      for (let j = 0; j < O; j++) G[i * O + j] = (i === j ? y[i]! : 0) - y[i]! * y[j]!;
    else G[i * O + i] = kind === 'sigmoid' ? y[i]! * (1 - y[i]!) : 1;
  }
  return G;
}

function targetVector(
  kind: Model['spec']['output'],
  target: Exclude<Target, null>,
  size: number,
): Float64Array {
  if (typeof target !== 'number') return target;
  const d = new Float64Array(size);
  d[target] = 1;
  return d;
}

/**
 * ∂y_t/∂w by backpropagating each output through the last `window` cached steps (m backward
 * passes). `history` holds the steps' caches, oldest first, the last one being step t.
 */
export function truncatedOutputJacobian(
  model: Model,
  params: Float64Array,
  history: readonly CachedStep[],
  G: Float64Array,
): Float64Array {
  const O = model.spec.outputSize;
  const N = model.layout.size;
  const T = history.length;
  const trace = historyTrace(model, history);
  const out = new Float64Array(O * N);
  for (let k = 0; k < O; k++) {
    const dLogits: (Float64Array | null)[] = history.map(() => null);
    dLogits[T - 1] = G.slice(k * O, (k + 1) * O);
    out.set(backward(model, params, trace, dLogits), k * N);
  }
  return out;
}

interface EkfStep {
  readonly loss: number;
  readonly output: Float64Array;
  /**
   * Norm of this step's loss gradient ∂E_t/∂w at the weights before the update (through the
   * truncation window with a truncated Jacobian); 0 when the step has no target.
   */
  readonly gradNorm: number;
}

export interface EkfTrainer {
  /** A new sequence: states back to zero (the covariance and weights are kept). */
  reset(): void;
  /** Runs step t, and updates `params` in place when the step has a target. */
  step(params: Float64Array, x: Float64Array, target: Target): EkfStep;
}

export function createEkfTrainer(
  model: Model,
  options: EkfOptions = defaultEkfOptions,
): EkfTrainer {
  if (model.layers.some((l) => l.backward))
    throw new Error('EKF training runs online: no bidirectional layers');
  const all = Int32Array.from({ length: model.layout.size }, (_, k) => k).filter(
    (k) => !model.frozen?.[k],
  );
  const groups: KalmanGroup[] = (options.decoupled ? nodeGroups(model) : [all]).map((g) =>
    diagonalGroup(g, options.p0),
  );
  const O = model.spec.outputSize;
  const kind = model.spec.output;

  if (options.jacobian === 'rtrl') {
    const rtrl = createRtrl(model);
    return {
      reset: () => rtrl.reset(),
      step(params, x, target) {
        const s = rtrl.step(params, x, target);
        const y = outputOf(kind, s.logits);
        if (target === null) return { loss: 0, output: y, gradNorm: 0 };
        const gradNorm = globalNorm(s.grad);
        const Jz = s.outputJacobian();
        update(params, y, Jz, target);
        return { loss: s.loss, output: y, gradNorm };
      },
    };
  }

  const window = options.jacobian.truncation;
  if (!Number.isInteger(window) || window < 1)
    throw new Error('the EKF truncation is a whole number of steps ≥ 1');
  let history: CachedStep[] = [];
  let states: Float64Array[] = [];
  let t = 0;
  const reset = () => {
    history = [];
    states = model.layers.map((l) => new Float64Array(l.forward.cell.stateSize));
    t = 0;
  };
  reset();
  return {
    reset,
    step(params, x, target) {
      const run = forward(model, params, [x], { states, time: t++ });
      const layers = run.layers.map((l) => l.forward[0]!);
      states = layers.map((c) => c.state as Float64Array);
      const logits = run.logits[0]!;
      const y = outputOf(kind, logits);
      history.push({ layers, output: y, logits });
      if (history.length > window) history.shift();
      if (target === null) return { loss: 0, output: y, gradNorm: 0 };
      const { loss, dLogits } = stepLoss(kind, logits, target);
      const seeds = history.map((_, i) => (i === history.length - 1 ? dLogits : null));
      const gradNorm = globalNorm(backward(model, params, historyTrace(model, history), seeds));
      // ∂y/∂w = G ∂z/∂w; seeding the backward pass with G's rows gives it directly.
      const Jy = truncatedOutputJacobian(model, params, history, outputJacobian(kind, y));
      updateWithJy(params, y, Jy, target);
      return { loss, output: y, gradNorm };
    },
  };

  function update(
    params: Float64Array,
    y: Float64Array,
    Jz: Float64Array,
    target: Exclude<Target, null>,
  ) {
    const N = model.layout.size;
    const G = outputJacobian(kind, y);
    const Jy = new Float64Array(O * N);
    for (let i = 0; i < O; i++) {
      for (let j = 0; j < O; j++) {
        const gij = G[i * O + j]!;
        if (gij === 0) continue;
        for (let q = 0; q < N; q++) Jy[i * N + q]! += gij * Jz[j * N + q]!;
      }
    }
    updateWithJy(params, y, Jy, target);
  }

  function updateWithJy(
    params: Float64Array,
    y: Float64Array,
    Jy: Float64Array,
    target: Exclude<Target, null>,
  ) {
    const d = targetVector(kind, target, O);
    kalmanUpdate(
      params,
      groups,
      Jy,
      d.map((v, i) => v - y[i]!),
      options.r,
      options.q,
    );
  }
}
